// Checks what the user typed into the profile form and explains each problem next to its field.
import * as z from 'zod/mini';
import type { ErrorCode } from '../errors.ts';
import { checkEndpointUrl } from './endpoint-url.ts';
import { hostPermissionsFor } from './host-permission.ts';
import {
  authProfileSchema,
  DEFAULT_AUDIENCE,
  DEFAULT_AUTHORIZATION_URL,
  DEFAULT_TOKEN_URL,
  PROFILE_ID,
  PROFILE_KINDS,
  type AuthProfile,
  type ProfileField,
} from './profile.ts';
import { DEFAULT_SCOPES, OFFLINE_ACCESS, SCOPE_TOKEN, splitScopes } from './scopes.ts';

export type ProfileFormField = ProfileField | 'id' | 'form';
export interface FieldError {
  code: ErrorCode;
  message: string;
}
export interface Warning {
  code: 'no_offline_access';
  field: ProfileFormField;
  message: string;
}
export type ProfileFormResult =
  | {
      ok: true;
      profile: AuthProfile;
      secret?: string;
      warnings: Warning[];
      needsHostPermission: string[];
      /** The token or refresh URL changed: the stored tokens belong to the old endpoint. */
      endpointChanged: boolean;
    }
  | { ok: false; errors: Partial<Record<ProfileFormField, FieldError>> };

export interface ProfileFormOptions {
  /** The profile being edited: its id and kind are kept, and its locked fields cannot change. */
  existing?: AuthProfile;
  /** A secret is already stored for this profile, so an empty secret field keeps it. */
  secretStored?: boolean;
}

const text = z.optional(z.string());
const formSchema = z.object({
  id: text,
  kind: z.optional(z.enum(PROFILE_KINDS)),
  name: text,
  clientId: text,
  clientSecret: text,
  authorizationUrl: text,
  tokenUrl: text,
  refreshUrl: text,
  scopes: z.optional(z.union([z.string(), z.array(z.string())])),
  audience: text,
});

const REQUIRED: Partial<Record<ProfileFormField, string>> = {
  id: 'The profile has no id. Reload the page and try again.',
  name: 'Give the profile a name.',
  clientId: 'Enter the client ID of your Atlassian app (developer console → your app → Settings).',
  clientSecret: 'Enter the client secret of your Atlassian app (developer console → your app → Settings).',
};
const URL_MESSAGES = {
  invalid_url: 'Enter a full address such as https://auth.atlassian.com/oauth/token, without user name, password or #fragment.',
  https_required: 'Use an https:// address. Plain http:// is allowed only for 127.0.0.1, [::1] and localhost.',
} as const;
const SECRET_AGAIN = {
  tokenUrl: 'Enter the client secret again: the token URL changed.',
  refreshUrl: 'Enter the client secret again: the refresh URL changed.',
} as const;
const LOCKED = 'Your organization set this field; it cannot be changed here.';
const NO_OFFLINE_ACCESS = 'Without offline_access you will be asked to sign in again every hour.';

const sameValue = (a: string | string[], b: string | string[]) =>
  (Array.isArray(a) ? a.join(' ') : a) === (Array.isArray(b) ? b.join(' ') : b);

/** Blank endpoint, scope and audience fields take Atlassian's defaults (the form shows them as
 *  placeholders); name, client ID and a first secret are required. */
export function validateProfileForm(input: unknown, options: ProfileFormOptions = {}): ProfileFormResult {
  const parsed = formSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: { form: { code: 'bad_message', message: 'The form sent something unexpected.' } } };
  }
  const { existing } = options;
  const locked = new Set<ProfileFormField>(existing?.locked ?? []);
  const form = parsed.data;
  const errors: Partial<Record<ProfileFormField, FieldError>> = {};
  const required = (field: ProfileFormField, value: string): string => {
    if (value === '') errors[field] = { code: 'field_required', message: REQUIRED[field] ?? 'Required.' };
    return value;
  };
  const endpoint = (field: ProfileField, value: string | undefined, fallback: string): string => {
    const trimmed = (value ?? '').trim() || fallback;
    const check = checkEndpointUrl(trimmed);
    if (!check.ok) errors[field] = { code: check.code, message: URL_MESSAGES[check.code] };
    return check.ok ? check.url.toString() : trimmed;
  };
  const scopesOf = (value: string | string[] | undefined): string[] => {
    const scopes = splitScopes(Array.isArray(value) ? value.join(' ') : (value ?? ''));
    const bad = scopes.find((s) => !SCOPE_TOKEN.test(s));
    if (bad !== undefined) {
      errors.scopes = { code: 'invalid_scope', message: `The scope “${bad}” contains characters a scope cannot have.` };
    }
    return scopes.length > 0 ? scopes : [...DEFAULT_SCOPES];
  };

  const id = existing?.id ?? (form.id ?? '').trim();
  if (id === '') required('id', id);
  else if (!PROFILE_ID.test(id)) errors.id = { code: 'bad_message', message: 'The profile id is not valid.' };

  // Whitespace is never part of a client ID or audience; pasting often brings some along.
  const candidate: AuthProfile = {
    id,
    kind: existing?.kind ?? form.kind ?? 'custom',
    name: required('name', (form.name ?? '').trim()),
    clientId: required('clientId', (form.clientId ?? '').replace(/\s+/g, '')),
    authorizationUrl: endpoint('authorizationUrl', form.authorizationUrl, DEFAULT_AUTHORIZATION_URL),
    tokenUrl: endpoint('tokenUrl', form.tokenUrl, DEFAULT_TOKEN_URL),
    refreshUrl: endpoint('refreshUrl', form.refreshUrl, DEFAULT_TOKEN_URL),
    scopes: scopesOf(form.scopes),
    audience: (form.audience ?? '').replace(/\s+/g, '') || DEFAULT_AUDIENCE,
    ...(existing?.locked ? { locked: existing.locked } : {}),
  };
  // An admin's locked value stays; one sent changed is refused rather than dropped without a word
  // (the page shows locked fields read-only, so only a stale page or a forged message sends one).
  for (const field of locked) {
    if (field === 'clientSecret' || field === 'id' || field === 'form' || !existing) continue;
    const changed = form[field] !== undefined && (errors[field] !== undefined || !sameValue(candidate[field], existing[field]));
    if (changed) errors[field] = { code: 'field_locked', message: LOCKED };
    else delete errors[field];
    Object.assign(candidate, { [field]: existing[field] });
  }

  // A client secret and a refresh token belong to the token endpoint that issued them: sent to a
  // changed token or refresh URL, they go to whoever runs it (a mix-up, RFC 9700 §4.4). So the
  // secret is asked for again, and the caller drops the tokens of the old endpoint.
  // https://www.rfc-editor.org/rfc/rfc9700#section-4.4
  const changed = existing ? (['tokenUrl', 'refreshUrl'] as const).find((f) => candidate[f] !== existing[f]) : undefined;
  const typedSecret = (form.clientSecret ?? '').trim();
  if (locked.has('clientSecret') && typedSecret !== '') errors.clientSecret = { code: 'field_locked', message: LOCKED };
  const keepSecret = locked.has('clientSecret') || (typedSecret === '' && options.secretStored === true && !changed);
  if (!keepSecret && changed !== undefined && typedSecret === '') {
    errors.clientSecret = { code: 'field_required', message: SECRET_AGAIN[changed] };
  } else if (!keepSecret) required('clientSecret', typedSecret);

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const profile = authProfileSchema.safeParse(candidate);
  if (!profile.success) {
    return { ok: false, errors: { form: { code: 'bad_message', message: 'The profile could not be saved as entered.' } } };
  }
  const warnings: Warning[] = profile.data.scopes.includes(OFFLINE_ACCESS)
    ? []
    : [{ code: 'no_offline_access', field: 'scopes', message: NO_OFFLINE_ACCESS }];
  // Only the token endpoints are fetched by the worker; the authorization page opens in the
  // browser's own sign-in window, which needs no host permission.
  const needsHostPermission = hostPermissionsFor([new URL(profile.data.tokenUrl), new URL(profile.data.refreshUrl)]);
  return {
    ok: true,
    profile: profile.data,
    ...(keepSecret ? {} : { secret: typedSecret }),
    warnings,
    needsHostPermission,
    endpointChanged: changed !== undefined,
  };
}
