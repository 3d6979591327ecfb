import { connectionOf } from '../auth/connection-status.ts';
import type { AuthProfile } from '../auth/profile.ts';
import { readSecret } from '../auth/secret-store.ts';
import type { AuthState, Connection, ProfileView } from '../messaging/views.ts';
import type { WorkerDeps } from './deps.ts';
import type { SystemUnavailable } from '../auth/system-unavailable.ts';

/** What the pages may know about the profiles: everything but secrets and tokens. */
export async function authState(deps: WorkerDeps, systemReason?: SystemUnavailable): Promise<AuthState> {
  const profiles = await deps.registry.list();
  const policy = await deps.registry.policy();
  const views: ProfileView[] = [];
  const connections: Record<string, Connection> = {};
  for (const profile of profiles) {
    views.push(await view(deps, profile));
    connections[profile.id] = await connectionOf(deps, profile.id, deps.now());
  }
  const selected = await deps.registry.selected();
  const systemAvailable = profiles.some((p) => p.kind === 'system');
  return {
    profiles: views,
    selectedProfileId: selected?.id ?? null,
    system: systemAvailable ? { available: true } : { available: false, ...(systemReason ? { reason: systemReason } : {}) },
    managed: policy !== undefined,
    ...(policy
      ? { policy: { allowUserProfiles: policy.allowUserProfiles, ...(policy.problem ? { problem: policy.problem } : {}) } }
      : {}),
    callbackUrl: deps.redirectUri,
    connections,
  };
}

async function view(deps: WorkerDeps, profile: AuthProfile): Promise<ProfileView> {
  let hasSecret: boolean;
  if (profile.kind === 'custom') hasSecret = (await readSecret(deps.local, profile.id).catch(() => undefined)) !== undefined;
  else hasSecret = (await deps.registry.getSecret(profile.id).catch(() => undefined)) !== undefined;
  return {
    id: profile.id,
    kind: profile.kind,
    name: profile.name,
    clientId: profile.clientId,
    authorizationUrl: profile.authorizationUrl,
    tokenUrl: profile.tokenUrl,
    refreshUrl: profile.refreshUrl,
    scopes: profile.scopes,
    audience: profile.audience,
    locked: profile.locked ?? [],
    hasSecret,
  };
}
