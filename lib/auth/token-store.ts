// Where a profile's tokens live. The access token only in storage.session (memory, gone with the
// browser, hidden from content scripts); the refresh token in storage.local, because a sign-in
// must survive a browser restart. Never storage.sync: it would copy a rotating refresh token to
// other devices, and their use of it would trip reuse detection and revoke the grant
// (lib/ATLASSIAN.md#extension-storage).
// https://developer.chrome.com/docs/extensions/reference/api/storage#storage-areas
import * as z from 'zod/mini';
import type { StorageArea } from '../storage/area.ts';
import { accessKey, refreshKey } from '../storage/keys.ts';
import { readStored, type Stored } from './stored-value.ts';
import type { TokenSet } from './token-request.ts';

export interface TokenAreas {
  local: StorageArea;
  session: StorageArea;
}

export interface StoredAccessToken {
  token: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  scope: string[];
}

const accessSchema = z.object({ token: z.string().check(z.minLength(1)), expiresAt: z.number(), scope: z.array(z.string()) });
const refreshSchema = z.string().check(z.minLength(1));

/** A corrupt access token is as good as none: the caller refreshes. */
export async function readAccessToken(areas: TokenAreas, profileId: string): Promise<StoredAccessToken | undefined> {
  const stored = await readStored(areas.session, accessKey(profileId), accessSchema);
  return stored.state === 'ok' ? stored.value : undefined;
}

export function readRefreshToken(areas: TokenAreas, profileId: string): Promise<Stored<string>> {
  return readStored(areas.local, refreshKey(profileId), refreshSchema);
}

/** The new refresh token is written first. Rotation invalidates the old one
 *  (lib/ATLASSIAN.md#rotating-refresh-tokens), so if the worker stops between the two writes,
 *  what survives is a usable refresh token and, at worst, a stale access token that the next call
 *  replaces. The reverse order could leave only a refresh token Atlassian has already retired.
 *  Both writes are issued at once, in that order: a sign-out decided after this call
 *  (access-token.ts, generations) is queued behind both and undoes both. */
export async function saveTokenSet(areas: TokenAreas, profileId: string, tokens: TokenSet): Promise<void> {
  const access: StoredAccessToken = { token: tokens.accessToken, expiresAt: tokens.expiresAt, scope: tokens.scope };
  await Promise.all([
    tokens.refreshToken === undefined ? undefined : areas.local.set({ [refreshKey(profileId)]: tokens.refreshToken }),
    areas.session.set({ [accessKey(profileId)]: access }),
  ]);
}

/** Signs one profile out: its tokens go; its secret, settings and drafts stay. */
export async function forgetTokens(areas: TokenAreas, profileId: string): Promise<void> {
  // Both issued at once, so a read issued after this call (of either area) finds neither token.
  await Promise.all([areas.local.remove(refreshKey(profileId)), areas.session.remove(accessKey(profileId))]);
}
