// The OAuth `state` parameter: ties a callback to a sign-in this extension started, so a forged or
// replayed callback cannot sign the user in to someone else's account (CSRF, RFC 6749 §10.12,
// RFC 9700 §4.7). https://www.rfc-editor.org/rfc/rfc6749#section-10.12
// https://www.rfc-editor.org/rfc/rfc9700#section-4.7
import * as z from 'zod/mini';
import { CodedError } from '../errors.ts';
import type { StorageArea } from '../storage/area.ts';
import { AUTH_STATE_PREFIX, authStateKey } from '../storage/keys.ts';
import { base64url } from './base64url.ts';

export interface AuthStateDeps {
  randomBytes(n: number): Uint8Array;
  now(): number;
  /** storage.session: memory only, gone when the browser closes; survives a worker restart,
   *  which a sign-in may span. */
  session: StorageArea;
}

/** Long enough for a user to find their password, short enough that a leaked URL is soon useless. */
export const AUTH_STATE_TTL_MS = 10 * 60_000;
/** 256 bits; RFC 6749 §10.10 asks for a guess probability ≤ 2^-128 (https://www.rfc-editor.org/rfc/rfc6749#section-10.10). */
const STATE_BYTES = 32;
/** 32 bytes in unpadded base64url. Anything else cannot be ours and never reaches storage. */
const STATE_FORMAT = /^[A-Za-z0-9_-]{43}$/;

const storedSchema = z.object({ profileId: z.string(), expiresAt: z.number() });

/** States being consumed right now: a storage area cannot read-and-delete in one step, so this
 *  keeps two simultaneous callbacks with the same state from both passing. */
const consuming = new Set<string>();

export async function createAuthState(deps: AuthStateDeps, profileId: string): Promise<string> {
  const bytes = deps.randomBytes(STATE_BYTES);
  if (bytes.length < STATE_BYTES) throw new Error('Not enough random bytes for an OAuth state.');
  const state = base64url(bytes.slice(0, STATE_BYTES));
  await forgetExpiredStates(deps);
  await deps.session.set({ [authStateKey(state)]: { profileId, expiresAt: deps.now() + AUTH_STATE_TTL_MS } });
  return state;
}

/** The profile the sign-in was started for. Single use: the state is removed on first sight,
 *  even when it turns out expired. */
export async function consumeAuthState(deps: Omit<AuthStateDeps, 'randomBytes'>, state: string): Promise<string> {
  if (!STATE_FORMAT.test(state) || consuming.has(state)) throw mismatch();
  consuming.add(state);
  try {
    const key = authStateKey(state);
    const stored = (await deps.session.get(key))[key];
    await deps.session.remove(key);
    const parsed = storedSchema.safeParse(stored);
    if (!parsed.success) throw mismatch();
    if (deps.now() >= parsed.data.expiresAt) {
      throw new CodedError('state_expired', 'The sign-in took longer than 10 minutes. Start it again.');
    }
    return parsed.data.profileId;
  } finally {
    consuming.delete(state);
  }
}

function mismatch(): CodedError {
  return new CodedError(
    'state_mismatch',
    'This sign-in answer does not belong to a sign-in started here. Start the sign-in again.',
  );
}

/** Abandoned sign-ins (window closed) leave their state behind; drop the expired ones. */
async function forgetExpiredStates(deps: Omit<AuthStateDeps, 'randomBytes'>): Promise<void> {
  const all = await deps.session.get(null);
  const now = deps.now();
  const expired = Object.entries(all)
    .filter(([key, value]) => {
      if (!key.startsWith(AUTH_STATE_PREFIX)) return false;
      const parsed = storedSchema.safeParse(value);
      return !parsed.success || now >= parsed.data.expiresAt;
    })
    .map(([key]) => key);
  if (expired.length > 0) await deps.session.remove(expired);
}
