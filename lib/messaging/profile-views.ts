// What the worker shows the pages of sign-in profiles: profiles without secrets, connection
// states, the profile form and its result. Pages render these; they never see a token or a client
// secret.
import * as z from 'zod/mini';
import { ERROR_CODES } from '../errors.ts';
import { PROFILE_FIELDS, PROFILE_KINDS, profileTextShape } from '../auth/profile-fields.ts';
import { POLICY_PROBLEMS } from '../auth/policy-problems.ts';
import { SYSTEM_UNAVAILABLE } from '../auth/system-unavailable.ts';

// The profile form's starting values, for pages (which may not import lib/auth).
export { DEFAULT_AUDIENCE, DEFAULT_AUTHORIZATION_URL, DEFAULT_TOKEN_URL, PROFILE_FIELDS } from '../auth/profile-fields.ts';
export { DEFAULT_SCOPES } from '../auth/scopes.ts';
// How the worker reads the scopes field, so the page can name the scope it refused.
export { SCOPE_TOKEN, splitScopes } from '../auth/scopes.ts';

export const profileViewSchema = z.object({
  id: z.string(),
  kind: z.enum(PROFILE_KINDS),
  name: z.string(),
  clientId: z.string(),
  authorizationUrl: z.string(),
  tokenUrl: z.string(),
  refreshUrl: z.string(),
  scopes: z.array(z.string()),
  audience: z.string(),
  /** Fields an admin locked through policy: shown read-only. */
  locked: z.array(z.enum(PROFILE_FIELDS)),
  /** A client secret is stored for this profile (its value is never shown again). */
  hasSecret: z.boolean(),
});
export type ProfileView = z.infer<typeof profileViewSchema>;

export const connectionSchema = z.object({
  status: z.enum(['not_connected', 'connected', 'reconnect_needed']),
  /** Why a reconnect is needed, naming the profile: shown as is. */
  reason: z.optional(z.string()),
});
export type Connection = z.infer<typeof connectionSchema>;

export const authStateSchema = z.object({
  profiles: z.array(profileViewSchema),
  selectedProfileId: z.nullable(z.string()),
  /** The built-in app: offered only when this build carries one. */
  system: z.object({ available: z.boolean(), reason: z.optional(z.enum(SYSTEM_UNAVAILABLE)) }),
  /** An organization policy is in force (storage.managed). */
  managed: z.boolean(),
  /** What the policy decides beyond the profile; absent when there is no policy. */
  policy: z.optional(
    z.object({
      /** False: only the organization's profile may sign in; pages offer no other. */
      allowUserProfiles: z.boolean(),
      /** The policy could not be used as set: said to the user in their language. */
      problem: z.optional(z.enum(POLICY_PROBLEMS)),
    }),
  ),
  /** identity.getRedirectURL(): what to register as the app's callback URL. */
  callbackUrl: z.string(),
  connections: z.record(z.string(), connectionSchema),
});
export type AuthState = z.infer<typeof authStateSchema>;

/** The profile form as typed: strings, validated in the worker. */
export const profileFormSchema = z.object({ id: z.optional(z.string()), ...profileTextShape });
export type ProfileForm = z.infer<typeof profileFormSchema>;

const fieldErrorSchema = z.object({ code: z.enum(ERROR_CODES), message: z.string() });

export const saveProfileResultSchema = z.union([
  z.object({
    ok: z.literal(true),
    profileId: z.string(),
    warnings: z.array(z.object({ code: z.string(), field: z.string(), message: z.string() })),
    state: authStateSchema,
  }),
  z.object({ ok: z.literal(false), errors: z.record(z.string(), fieldErrorSchema) }),
]);
export type SaveProfileResult = z.infer<typeof saveProfileResultSchema>;
