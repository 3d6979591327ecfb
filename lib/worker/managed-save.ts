// Saving the organization's profile: the same form checks as a custom profile, but only the fields
// the policy leaves unlocked are kept, as the user's overrides (managed-overrides.ts); a locked
// field sent with another value is refused (`field_locked`).
import { overridesOf, saveOverrides } from '../auth/managed-overrides.ts';
import { MANAGED_PROFILE_ID } from '../auth/managed-policy.ts';
import { validateProfileForm, type ProfileFormResult } from '../auth/profile-form.ts';
import { readSecret, saveSecret } from '../auth/secret-store.ts';
import { CodedError } from '../errors.ts';
import type { ProfileForm } from '../messaging/views.ts';
import type { WorkerDeps } from './deps.ts';

export async function saveManagedProfile(deps: WorkerDeps, form: ProfileForm): Promise<ProfileFormResult> {
  const policy = (await deps.registry.policy())?.profile;
  const existing = await deps.registry.get(MANAGED_PROFILE_ID);
  if (!policy || !existing) throw new CodedError('not_connected', 'Your organization’s sign-in profile no longer exists.');
  // A secret from the policy locks the secret field, so only the user's own stored one counts here.
  const secretStored = (await readSecret(deps.local, MANAGED_PROFILE_ID).catch(() => undefined)) !== undefined;
  const result = validateProfileForm({ ...form, id: MANAGED_PROFILE_ID, kind: 'managed' }, { existing, secretStored });
  if (!result.ok) return result;
  if (result.secret !== undefined) await saveSecret(deps.local, MANAGED_PROFILE_ID, result.secret);
  await saveOverrides(deps.local, overridesOf(policy, result.profile));
  return result;
}
