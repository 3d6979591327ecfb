// The user's own values for the fields of the organization's profile that the policy leaves
// unlocked, in storage.local (this browser only, like custom profiles). Only the fields that differ
// from the policy are kept, so a later change of the policy reaches every field the user left alone.
// A locked field always comes from the policy: an override of it is ignored (README, "For
// administrators: organization policy").
import * as z from 'zod/mini';
import type { StorageArea } from '../storage/area.ts';
import { OVERRIDES_KEY } from '../storage/keys.ts';
import { authProfileSchema, type AuthProfile } from './profile.ts';
import { readStored } from './stored-value.ts';

/** The profile fields a user may set over the policy's; the secret is kept by secret-store.ts. */
const OVERRIDABLE = ['name', 'clientId', 'authorizationUrl', 'tokenUrl', 'refreshUrl', 'scopes', 'audience'] as const;
type Overridable = (typeof OVERRIDABLE)[number];

const text = z.optional(z.string());
export const overridesSchema = z.object({
  name: text,
  clientId: text,
  authorizationUrl: text,
  tokenUrl: text,
  refreshUrl: text,
  scopes: z.optional(z.array(z.string())),
  audience: text,
});
export type ManagedOverrides = z.infer<typeof overridesSchema>;

/** None when nothing is stored or what is stored is damaged: the policy's values then apply. */
export async function readOverrides(local: StorageArea): Promise<ManagedOverrides> {
  const stored = await readStored(local, OVERRIDES_KEY, overridesSchema);
  return stored.state === 'ok' ? stored.value : {};
}

export async function saveOverrides(local: StorageArea, overrides: ManagedOverrides): Promise<void> {
  if (Object.keys(overrides).length === 0) await local.remove(OVERRIDES_KEY);
  else await local.set({ [OVERRIDES_KEY]: overrides });
}

const isLocked = (policy: AuthProfile, field: Overridable) => policy.locked?.includes(field) ?? false;

/** The profile the user signs in with: the policy's, with the user's values for unlocked fields.
 *  Each value must still make a valid profile; one that does not is skipped, not the others. */
export function applyOverrides(policy: AuthProfile, overrides: ManagedOverrides): AuthProfile {
  let profile = policy;
  for (const field of OVERRIDABLE) {
    const value = overrides[field];
    if (value === undefined || isLocked(policy, field)) continue;
    const next = authProfileSchema.safeParse({ ...profile, [field]: value });
    if (next.success) profile = next.data;
  }
  return profile;
}

const same = (a: string | string[], b: string | string[]) =>
  (Array.isArray(a) ? a.join(' ') : a) === (Array.isArray(b) ? b.join(' ') : b);

/** What to store for `edited`: its unlocked fields that differ from the policy's. */
export function overridesOf(policy: AuthProfile, edited: AuthProfile): ManagedOverrides {
  const overrides: Record<string, string | string[]> = {};
  for (const field of OVERRIDABLE) {
    if (!isLocked(policy, field) && !same(edited[field], policy[field])) overrides[field] = edited[field];
  }
  return overrides as ManagedOverrides;
}
