// The parts of a sign-in profile that pages show: its kinds, fields and defaults. Apart from
// profile.ts and its schema, so the popup can read profile views without carrying that schema.
import * as z from 'zod/mini';

export const DEFAULT_AUTHORIZATION_URL = 'https://auth.atlassian.com/authorize';
export const DEFAULT_TOKEN_URL = 'https://auth.atlassian.com/oauth/token';
export const DEFAULT_AUDIENCE = 'api.atlassian.com';

/** custom: entered by the user; system: shipped with the extension; managed: set by an admin
 *  through enterprise policy (storage.managed). */
export const PROFILE_KINDS = ['custom', 'system', 'managed'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

/** The fields a user edits, and so the fields an admin can lock. */
export const PROFILE_FIELDS = [
  'name',
  'clientId',
  'clientSecret',
  'authorizationUrl',
  'tokenUrl',
  'refreshUrl',
  'scopes',
  'audience',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** Each field as text, before it is checked: as the options form sends a profile
 *  (profile-views.ts) and as an organization's policy sets one (managed-policy.ts). */
export const profileTextShape = {
  name: z.optional(z.string()),
  clientId: z.optional(z.string()),
  clientSecret: z.optional(z.string()),
  authorizationUrl: z.optional(z.string()),
  tokenUrl: z.optional(z.string()),
  refreshUrl: z.optional(z.string()),
  scopes: z.optional(z.string()),
  audience: z.optional(z.string()),
} satisfies Record<ProfileField, z.ZodMiniType>;
