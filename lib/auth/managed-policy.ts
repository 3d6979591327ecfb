// Enterprise policy (storage.managed, described by public/managed_schema.json): an admin may
// pre-configure a sign-in profile, lock some or all of its fields, and name a default Jira site.
// https://developer.chrome.com/docs/extensions/reference/manifest/storage
// https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/storage/managed
import * as z from 'zod/mini';
import { authProfileSchema, PROFILE_FIELDS, type AuthProfile, type ProfileField } from './profile.ts';
import { splitScopes } from './scopes.ts';

export const MANAGED_PROFILE_ID = 'managed';

const policySchema = z.object({
  profile: z.optional(
    z.object({
      name: z.optional(z.string()),
      clientId: z.string(),
      clientSecret: z.optional(z.string()),
      authorizationUrl: z.optional(z.string()),
      tokenUrl: z.optional(z.string()),
      refreshUrl: z.optional(z.string()),
      scopes: z.optional(z.string()),
      audience: z.optional(z.string()),
      /** Every field read-only. */
      lockAll: z.optional(z.boolean()),
      /** Or only these. */
      lockedFields: z.optional(z.array(z.enum(PROFILE_FIELDS))),
    }),
  ),
  defaultSiteUrl: z.optional(z.string()),
});

export interface ManagedPolicy {
  /** The admin's profile, when the policy sets one that is valid. */
  profile?: AuthProfile;
  secret?: string;
  defaultSiteUrl?: string;
  /** The policy exists but could not be read: shown to the user, never a crash. */
  problem?: string;
}

/** Undefined when no policy is set (an empty managed area, or a browser without one). */
export function parseManagedPolicy(raw: Record<string, unknown> | undefined): ManagedPolicy | undefined {
  if (!raw || Object.keys(raw).length === 0) return undefined;
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) return { problem: 'Your organization’s policy for this extension could not be read.' };
  const { profile: p, defaultSiteUrl } = parsed.data;
  const result: ManagedPolicy = defaultSiteUrl ? { defaultSiteUrl } : {};
  if (!p) return result;
  const locked: ProfileField[] = p.lockAll ? [...PROFILE_FIELDS] : (p.lockedFields ?? []);
  const profile = authProfileSchema.safeParse({
    id: MANAGED_PROFILE_ID,
    kind: 'managed',
    name: p.name?.trim() || 'Organization profile',
    clientId: p.clientId.trim(),
    ...(p.authorizationUrl ? { authorizationUrl: p.authorizationUrl } : {}),
    ...(p.tokenUrl ? { tokenUrl: p.tokenUrl } : {}),
    ...(p.refreshUrl ? { refreshUrl: p.refreshUrl } : {}),
    ...(p.scopes ? { scopes: splitScopes(p.scopes) } : {}),
    ...(p.audience ? { audience: p.audience } : {}),
    locked,
  });
  if (!profile.success) return { ...result, problem: 'The sign-in profile your organization set up is not valid.' };
  return { ...result, profile: profile.data, ...(p.clientSecret ? { secret: p.clientSecret } : {}) };
}
