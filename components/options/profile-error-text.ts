// What the profile form says next to a field the worker refused, in the browser's language. The
// worker answers each field with a code (lib/auth/profile-form.ts); the few codes whose text
// depends on the field or on what was typed are said here, the rest by errorText.
import type { ErrorCode } from '../../lib/errors.ts';
import { SCOPE_TOKEN, splitScopes } from '../../lib/messaging/profile-views.ts';
import { codeText } from '../../lib/i18n/error-text.ts';
import { t } from '../../lib/i18n/page-text.ts';
import type { FormValues } from './defaults.ts';

interface Typed {
  values: FormValues;
  /** The values the form started with: a changed token or refresh URL asks for the secret again. */
  start: FormValues;
}

function requiredText(field: string, { values, start }: Typed): string {
  if (field === 'name') return t('profileNameRequired');
  if (field === 'clientId') return t('profileClientIdRequired');
  if (field !== 'clientSecret') return codeText('field_required');
  // The worker asks for the secret again when an endpoint changed, the token URL first.
  const changed = (['tokenUrl', 'refreshUrl'] as const).find((f) => values[f].trim() !== start[f].trim());
  if (changed === 'tokenUrl') return t('profileSecretAgainToken');
  if (changed === 'refreshUrl') return t('profileSecretAgainRefresh');
  return t('profileClientSecretRequired');
}

/** The text for the worker's refusal of `field` (a form field, or `form`/`id` for the whole). */
export function profileErrorText(field: string, code: ErrorCode, typed: Typed): string {
  if (code === 'field_required') return requiredText(field, typed);
  if (code === 'invalid_scope') {
    const bad = splitScopes(typed.values.scopes).find((scope) => !SCOPE_TOKEN.test(scope));
    if (bad !== undefined) return t('profileScopeInvalid', bad);
  }
  return codeText(code);
}
