// Whether a profile is connected, as far as this device knows. "Reconnect needed" is remembered
// with its reason (naming the profile) until the user connects again, so every page can say
// exactly what happened instead of a vague "not connected".
import * as z from 'zod/mini';
import type { StorageArea } from '../storage/area.ts';
import { reconnectKey } from '../storage/keys.ts';
import { readAccessToken, readRefreshToken, type TokenAreas } from './token-store.ts';

export type ConnectionStatus = 'not_connected' | 'connected' | 'reconnect_needed';

export async function markReconnectNeeded(local: StorageArea, profileId: string, reason: string): Promise<void> {
  await local.set({ [reconnectKey(profileId)]: reason });
}

export async function clearReconnectNeeded(local: StorageArea, profileId: string): Promise<void> {
  await local.remove(reconnectKey(profileId));
}

export async function connectionOf(
  areas: TokenAreas,
  profileId: string,
  now: number,
): Promise<{ status: ConnectionStatus; reason?: string }> {
  const reason = z.string().safeParse((await areas.local.get(reconnectKey(profileId)))[reconnectKey(profileId)]);
  if (reason.success) return { status: 'reconnect_needed', reason: reason.data };
  if ((await readRefreshToken(areas, profileId)).state === 'ok') return { status: 'connected' };
  const access = await readAccessToken(areas, profileId);
  return access && access.expiresAt > now ? { status: 'connected' } : { status: 'not_connected' };
}
