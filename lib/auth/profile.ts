// An OAuth 2.0 (3LO) sign-in profile: which Atlassian app (client) the extension signs in with.
// The client secret is deliberately not here (see secret-store.ts): a profile may be shown to the
// extension's pages, a secret never leaves the worker.
// https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/
import * as z from 'zod/mini';
import { isEndpointUrl } from './endpoint-url.ts';
import { DEFAULT_SCOPES, SCOPE_TOKEN } from './scopes.ts';

import {
  DEFAULT_AUDIENCE,
  DEFAULT_AUTHORIZATION_URL,
  DEFAULT_TOKEN_URL,
  PROFILE_FIELDS,
  PROFILE_KINDS,
} from './profile-fields.ts';

export {
  DEFAULT_AUDIENCE,
  DEFAULT_AUTHORIZATION_URL,
  DEFAULT_TOKEN_URL,
  PROFILE_FIELDS,
  PROFILE_KINDS,
  type ProfileField,
  type ProfileKind,
} from './profile-fields.ts';

/** Profile ids end up in storage keys (`auth.refresh.<id>`): keep them plain. */
export const PROFILE_ID = /^[A-Za-z0-9_-]{1,64}$/;

const endpointUrl = z.string().check(z.refine(isEndpointUrl, 'must be an https URL (http only on loopback)'));
const nonBlank = z.string().check(z.refine((s) => s.trim() !== '', 'must not be blank'));
const noSpaces = z.string().check(z.regex(/^\S+$/));

export const authProfileSchema = z.object({
  id: z.string().check(z.regex(PROFILE_ID)),
  kind: z.enum(PROFILE_KINDS),
  name: nonBlank,
  clientId: noSpaces,
  authorizationUrl: z._default(endpointUrl, DEFAULT_AUTHORIZATION_URL),
  tokenUrl: z._default(endpointUrl, DEFAULT_TOKEN_URL),
  refreshUrl: z._default(endpointUrl, DEFAULT_TOKEN_URL),
  scopes: z._default(z.array(z.string().check(z.regex(SCOPE_TOKEN))).check(z.minLength(1)), () => [...DEFAULT_SCOPES]),
  audience: z._default(noSpaces, DEFAULT_AUDIENCE),
  locked: z.optional(z.array(z.enum(PROFILE_FIELDS))),
});

export type AuthProfile = z.infer<typeof authProfileSchema>;
/** What may be stored or written by an admin: the defaults fill in the rest. */
export type AuthProfileInput = z.input<typeof authProfileSchema>;

/** A profile read from storage or policy; undefined when it does not have the shape. */
export function parseProfile(value: unknown): AuthProfile | undefined {
  const result = authProfileSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
