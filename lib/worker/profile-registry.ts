// Every profile the user can sign in with, from three sources: the organization's policy, the
// build's built-in app, and the user's own. Secrets come from where each source keeps them and
// never leave the worker. When the policy allows only the organization's profile, the others are
// left in storage but not offered, so they are back if the policy changes.
import { CodedError } from '../errors.ts';
import { applyOverrides, readOverrides } from '../auth/managed-overrides.ts';
import { parseManagedPolicy, type ManagedPolicy } from '../auth/managed-policy.ts';
import type { AuthProfile } from '../auth/profile.ts';
import { readCustomProfiles, readSelectedProfileId } from '../auth/profile-store.ts';
import { readSecret } from '../auth/secret-store.ts';
import type { SystemApp } from '../auth/system-profile.ts';
import type { StorageArea } from '../storage/area.ts';

export interface RegistryDeps {
  local: StorageArea;
  /** storage.managed.get(); rejects or is empty where no policy exists. */
  readManaged: () => Promise<Record<string, unknown> | undefined>;
  system: SystemApp;
}

export interface ProfileRegistry {
  policy(): Promise<ManagedPolicy | undefined>;
  /** False when the organization allows only its own profile. */
  userProfilesAllowed(): Promise<boolean>;
  list(): Promise<AuthProfile[]>;
  get(profileId: string): Promise<AuthProfile | undefined>;
  getSecret(profileId: string): Promise<string | undefined>;
  /** The selected profile, falling back to the organization's, then the only one there is. */
  selected(): Promise<AuthProfile | undefined>;
  require(profileId: string): Promise<AuthProfile>;
}

export function createProfileRegistry(deps: RegistryDeps): ProfileRegistry {
  const policy = async () => parseManagedPolicy(await deps.readManaged().catch(() => undefined));

  const list = async () => {
    const current = await policy();
    const managed = current?.profile ? applyOverrides(current.profile, await readOverrides(deps.local)) : undefined;
    if (current?.allowUserProfiles === false) return managed ? [managed] : [];
    return [
      ...(managed ? [managed] : []),
      ...(deps.system.available ? [deps.system.profile] : []),
      ...(await readCustomProfiles(deps.local)),
    ];
  };
  const get = async (profileId: string) => (await list()).find((p) => p.id === profileId);

  return {
    policy,
    userProfilesAllowed: async () => (await policy())?.allowUserProfiles ?? true,
    list,
    get,
    async getSecret(profileId) {
      const profile = await get(profileId);
      if (!profile) return undefined;
      if (profile.kind === 'system') return deps.system.available ? deps.system.secret : undefined;
      if (profile.kind === 'managed') {
        // The policy's secret (or broker) first; the user's own only where the policy lets them enter one.
        const secret = (await policy())?.secret;
        if (secret !== undefined || profile.locked?.includes('clientSecret')) return secret;
      }
      return readSecret(deps.local, profileId);
    },
    async selected() {
      const profiles = await list();
      const id = await readSelectedProfileId(deps.local);
      return (
        profiles.find((p) => p.id === id) ??
        profiles.find((p) => p.kind === 'managed') ??
        (profiles.length === 1 ? profiles[0] : undefined)
      );
    },
    async require(profileId) {
      const profile = await get(profileId);
      if (!profile) throw new CodedError('not_connected', 'That sign-in profile no longer exists.');
      return profile;
    },
  };
}
