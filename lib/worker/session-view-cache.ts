// The last session the popup showed, per profile, in storage.session (memory only, gone with the
// browser). The popup paints it before any network answer, then shows the fresh one; a user who
// opens the popup dozens of times a day sees their site at once instead of a loading line.
import { connectionOf } from '../auth/connection-status.ts';
import { sessionSchema, type Session } from '../messaging/views.ts';
import type { StorageArea } from '../storage/area.ts';
import { viewKey } from '../storage/keys.ts';
import type { WorkerDeps } from './deps.ts';

export async function rememberSessionView(session: StorageArea, view: Session): Promise<void> {
  await session.set({ [viewKey(view.profileId)]: view });
}

/** The selected profile's last session, only while it is connected; null otherwise. No request. */
export async function cachedSessionView(deps: WorkerDeps): Promise<Session | null> {
  const profile = await deps.registry.selected();
  if (!profile || (await connectionOf(deps, profile.id, deps.now())).status !== 'connected') return null;
  return (await storedSessionView(deps.session, profile.id)) ?? null;
}

/** The profile's last session as stored, without asking whether it is still connected. */
export async function storedSessionView(session: StorageArea, profileId: string): Promise<Session | undefined> {
  const stored = sessionSchema.safeParse((await session.get(viewKey(profileId)))[viewKey(profileId)]);
  return stored.success && stored.data.profileId === profileId ? stored.data : undefined;
}
