// Enterprise policy (storage.managed, described by public/managed_schema.json): an admin may
// pre-configure a sign-in profile, lock some or all of its fields, name a default Jira site, and
// allow only that profile. What the README says under "For administrators: organization policy".
// https://developer.chrome.com/docs/extensions/reference/manifest/storage
// https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/storage/managed
import * as z from 'zod/mini';
import { checkEndpointUrl } from './endpoint-url.ts';
import type { PolicyProblem } from './policy-problems.ts';
import { authProfileSchema, PROFILE_FIELDS, type AuthProfile, type ProfileField } from './profile.ts';
import { profileTextShape } from './profile-fields.ts';
import { splitScopes } from './scopes.ts';

export const MANAGED_PROFILE_ID = 'managed';

export const ONLY_MANAGED_PROFILE = 'Your organization allows only its own sign-in profile.';

export const profilePolicySchema = z.object({
  ...profileTextShape,
  clientId: z.string(),
  /** Token requests go here without a secret; the broker adds it (as the built-in app's does). */
  tokenBrokerUrl: z.optional(z.string()),
  /** Every field read-only. */
  lockAll: z.optional(z.boolean()),
  /** Or only these. */
  lockedFields: z.optional(z.array(z.enum(PROFILE_FIELDS))),
});

export const policySchema = z.object({
  profile: z.optional(profilePolicySchema),
  defaultSiteUrl: z.optional(z.string()),
  allowUserProfiles: z.optional(z.boolean()),
});

/** Read apart from the rest, so that a policy with a mistake elsewhere still keeps its lockdown. */
const restrictionSchema = z.object({
  allowUserProfiles: z.optional(z.unknown()),
  profile: z.optional(z.object({ lockAll: z.optional(z.unknown()) })),
});

/** The org's secret (or its broker) is sent only to the org's token endpoints: a user who could
 *  change the token URL could send the secret anywhere. */
const LOCKED_WITH_ORG_SECRET: readonly ProfileField[] = ['clientSecret', 'tokenUrl', 'refreshUrl'];

export interface ManagedPolicy {
  /** The admin's profile as the policy sets it, when valid; `locked` lists every locked field,
   *  those the policy names and those its secret or broker implies. */
  profile?: AuthProfile;
  /** The policy's client secret; '' when a token broker adds it (see token-request.ts). */
  secret?: string;
  /** False: only the organization's profile may sign in (no custom profile, no built-in app). */
  allowUserProfiles: boolean;
  defaultSiteUrl?: string;
  /** The policy exists but could not be used: shown to the user, never a crash. */
  problem?: PolicyProblem;
}

/** Undefined when no policy is set (an empty managed area, or a browser without one). */
export function parseManagedPolicy(raw: Record<string, unknown> | undefined): ManagedPolicy | undefined {
  if (!raw || Object.keys(raw).length === 0) return undefined;
  const allowUserProfiles = userProfilesAllowed(raw);
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) {
    return { allowUserProfiles, problem: 'unreadable' };
  }
  const { profile: p, defaultSiteUrl } = parsed.data;
  const result: ManagedPolicy = { allowUserProfiles, ...(defaultSiteUrl ? { defaultSiteUrl } : {}) };
  if (!p) return result;
  const invalid: ManagedPolicy = { ...result, problem: 'invalid_profile' };
  const broker = p.tokenBrokerUrl?.trim();
  // A broker is where token requests go: a second token URL or a secret would contradict it.
  if (broker && (p.clientSecret || p.tokenUrl || p.refreshUrl)) return invalid;
  const secret = broker ? '' : p.clientSecret?.trim() || undefined;
  const locked = new Set<ProfileField>(p.lockAll ? PROFILE_FIELDS : (p.lockedFields ?? []));
  if (secret !== undefined) LOCKED_WITH_ORG_SECRET.forEach((field) => locked.add(field));
  const authorizationUrl = canonicalUrl(p.authorizationUrl);
  const tokenUrl = canonicalUrl(broker || p.tokenUrl);
  const refreshUrl = canonicalUrl(broker || p.refreshUrl);
  const profile = authProfileSchema.safeParse({
    id: MANAGED_PROFILE_ID,
    kind: 'managed',
    name: p.name?.trim() || 'Organization profile',
    clientId: p.clientId.trim(),
    ...(authorizationUrl ? { authorizationUrl } : {}),
    ...(tokenUrl ? { tokenUrl } : {}),
    ...(refreshUrl ? { refreshUrl } : {}),
    ...(p.scopes ? { scopes: splitScopes(p.scopes) } : {}),
    ...(p.audience ? { audience: p.audience } : {}),
    locked: PROFILE_FIELDS.filter((field) => locked.has(field)),
  });
  if (!profile.success) return invalid;
  return { ...result, profile: profile.data, ...(secret !== undefined ? { secret } : {}) };
}

/** As the profile form writes URLs, so that the form's unchanged values equal the policy's. */
function canonicalUrl(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const check = checkEndpointUrl(trimmed);
  return check.ok ? check.url.toString() : trimmed;
}

/** `allowUserProfiles` when the policy says; otherwise `lockAll` means the admin wants the
 *  organization's profile only (README, "For administrators"). */
function userProfilesAllowed(raw: Record<string, unknown>): boolean {
  const parsed = restrictionSchema.safeParse(raw);
  if (!parsed.success) return true;
  const { allowUserProfiles, profile } = parsed.data;
  if (typeof allowUserProfiles === 'boolean') return allowUserProfiles;
  return profile?.lockAll !== true;
}
