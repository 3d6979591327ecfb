// What the profile form starts with: Atlassian's own endpoints and the scopes every feature needs.
import {
  DEFAULT_AUDIENCE,
  DEFAULT_AUTHORIZATION_URL,
  DEFAULT_SCOPES as SCOPES,
  DEFAULT_TOKEN_URL,
  PROFILE_FIELDS,
  type ProfileView,
} from '../../lib/messaging/profile-views.ts';

export { DEFAULT_AUDIENCE, DEFAULT_AUTHORIZATION_URL, DEFAULT_TOKEN_URL };
export const DEFAULT_SCOPES = SCOPES.join(' ');

/** The fields a user edits and an admin can lock, in the order the form shows them. */
export type FieldName = ProfileView['locked'][number];
export const FIELD_ORDER: readonly FieldName[] = PROFILE_FIELDS;

export type FormValues = Record<FieldName, string>;

/** A new profile's form, or an existing profile's values (its secret is never sent to pages). */
export function initialValues(profile?: ProfileView): FormValues {
  if (!profile) {
    return {
      name: '',
      clientId: '',
      clientSecret: '',
      authorizationUrl: DEFAULT_AUTHORIZATION_URL,
      tokenUrl: DEFAULT_TOKEN_URL,
      refreshUrl: DEFAULT_TOKEN_URL,
      scopes: DEFAULT_SCOPES,
      audience: DEFAULT_AUDIENCE,
    };
  }
  return {
    name: profile.name,
    clientId: profile.clientId,
    clientSecret: '',
    authorizationUrl: profile.authorizationUrl,
    tokenUrl: profile.tokenUrl,
    refreshUrl: profile.refreshUrl,
    scopes: profile.scopes.join(' '),
    audience: profile.audience,
  };
}
