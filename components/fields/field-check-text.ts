// What a field check before sending found (lib/jira/fields/messages.ts), in the user's language,
// worded like Jira's own answer so a check done here reads the same as Jira's 400 would.
import type { FieldCheck, FieldError } from '../../lib/jira/fields/index.ts';
import { t } from '../../lib/i18n/page-text.ts';

export function fieldCheckText(check: FieldCheck): string {
  switch (check.kind) {
    case 'required':
      return check.summary ? t('fieldCheckSummaryRequired') : t('fieldCheckRequired', check.name);
    case 'too_long':
      return check.summary ? t('fieldCheckSummaryTooLong', check.max) : t('fieldCheckTooLong', check.max);
    case 'label_spaces':
      return t('fieldCheckLabelSpaces', check.label);
    case 'label_too_long':
      return t('fieldCheckLabelTooLong', check.label, check.max);
    case 'invalid_date':
      return t('fieldCheckDate', check.name);
    case 'invalid_date_time':
      return t('fieldCheckDateTime', check.name);
    case 'invalid_number':
      return t('fieldCheckNumber', check.name);
    case 'bad_value':
      return t('fieldCheckBadValue', check.name);
  }
}

/** The form's errors by field id, each in the user's language. */
export const fieldErrorTexts = (errors: Record<string, FieldError>): Record<string, string> =>
  Object.fromEntries(Object.entries(errors).map(([id, e]) => [id, fieldCheckText(e.check)]));
