// The user's own (custom) profiles and which profile is selected, in storage.local. Profiles hold
// no secret (secret-store.ts), but stay on this device with the tokens that belong to them.
import * as z from 'zod/mini';
import type { StorageArea } from '../storage/area.ts';
import { PROFILES_KEY, SELECTED_KEY } from '../storage/keys.ts';
import { authProfileSchema, type AuthProfile } from './profile.ts';

const profilesSchema = z.array(z.unknown());

/** Stored profiles that still parse; one damaged entry does not hide the others. */
export async function readCustomProfiles(local: StorageArea): Promise<AuthProfile[]> {
  const raw = profilesSchema.safeParse((await local.get(PROFILES_KEY))[PROFILES_KEY]);
  if (!raw.success) return [];
  return raw.data.flatMap((entry) => {
    const parsed = authProfileSchema.safeParse(entry);
    return parsed.success && parsed.data.kind === 'custom' ? [parsed.data] : [];
  });
}

export async function saveCustomProfile(local: StorageArea, profile: AuthProfile): Promise<void> {
  const profiles = await readCustomProfiles(local);
  const index = profiles.findIndex((p) => p.id === profile.id);
  if (index === -1) profiles.push(profile);
  else profiles[index] = profile;
  await local.set({ [PROFILES_KEY]: profiles });
}

export async function deleteCustomProfile(local: StorageArea, profileId: string): Promise<void> {
  const profiles = await readCustomProfiles(local);
  await local.set({ [PROFILES_KEY]: profiles.filter((p) => p.id !== profileId) });
}

export async function readSelectedProfileId(local: StorageArea): Promise<string | null> {
  const value = (await local.get(SELECTED_KEY))[SELECTED_KEY];
  return typeof value === 'string' ? value : null;
}

export async function selectProfile(local: StorageArea, profileId: string | null): Promise<void> {
  if (profileId === null) await local.remove(SELECTED_KEY);
  else await local.set({ [SELECTED_KEY]: profileId });
}
