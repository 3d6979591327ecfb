// A profile's client secret, apart from the profile so the profile can be shown to pages.
// storage.local only (never sync): it is a credential, even if a shipped one is public
// (RFC 8252 §8.5, https://www.rfc-editor.org/rfc/rfc8252#section-8.5).
import * as z from 'zod/mini';
import { CodedError } from '../errors.ts';
import type { StorageArea } from '../storage/area.ts';
import { secretKey } from '../storage/keys.ts';
import { readStored } from './stored-value.ts';

const secretSchema = z.string().check(z.minLength(1));

/** Undefined when none is stored; a stored value we cannot read is `bad_storage`, since signing in
 *  cannot work until the user enters the secret again. */
export async function readSecret(local: StorageArea, profileId: string): Promise<string | undefined> {
  const stored = await readStored(local, secretKey(profileId), secretSchema);
  if (stored.state === 'corrupt') {
    throw new CodedError('bad_storage', 'The stored client secret could not be read. Enter it again in the options.');
  }
  return stored.state === 'ok' ? stored.value : undefined;
}

export async function saveSecret(local: StorageArea, profileId: string, secret: string): Promise<void> {
  await local.set({ [secretKey(profileId)]: secret });
}

export async function forgetSecret(local: StorageArea, profileId: string): Promise<void> {
  await local.remove(secretKey(profileId));
}
