// Per-field checks done before sending, so a mistake shows beside its field without a round trip.
// Each names its check and the data to say it (`check`), which the page words in the user's
// language (components/fields/field-check-text.ts): where Jira has a sentence for it, the one its
// 400 would have answered (createIssue/editIssue `errors`, one message per field).
import type { ErrorCode } from '../../errors.ts';

/** What a check found, with what a sentence about it needs. `summary`: Jira has its own
 *  sentences for the summary field. */
export type FieldCheck =
  | { kind: 'required'; name: string; summary: boolean }
  | { kind: 'too_long'; max: number; summary: boolean }
  | { kind: 'label_spaces'; label: string }
  | { kind: 'label_too_long'; label: string; max: number }
  | { kind: 'invalid_date'; name: string }
  | { kind: 'invalid_date_time'; name: string }
  | { kind: 'invalid_number'; name: string }
  | { kind: 'bad_value'; name: string };

export interface FieldError {
  code: ErrorCode;
  check: FieldCheck;
}

const err = (code: ErrorCode, check: FieldCheck): FieldError => ({ code, check });

/** Jira: "<Field name> is required."; the summary has its own sentence in Jira. */
export function required(fieldId: string, name: string): FieldError {
  return err('field_required', { kind: 'required', name, summary: fieldId === 'summary' });
}

export function textTooLong(fieldId: string, max: number): FieldError {
  return err('text_too_long', { kind: 'too_long', max, summary: fieldId === 'summary' });
}

/** Jira labels are single words; Jira rejects one with spaces in these words. */
export function labelWithSpaces(label: string): FieldError {
  return err('invalid_label', { kind: 'label_spaces', label });
}

export function labelTooLong(label: string, max: number): FieldError {
  return err('text_too_long', { kind: 'label_too_long', label, max });
}

export function invalidDate(name: string): FieldError {
  return err('invalid_date', { kind: 'invalid_date', name });
}

export function invalidDateTime(name: string): FieldError {
  return err('invalid_date', { kind: 'invalid_date_time', name });
}

export function invalidNumber(name: string): FieldError {
  return err('invalid_number', { kind: 'invalid_number', name });
}

/** A value of the wrong type for its control: a bug in the caller, not something the user typed. */
export function badValue(name: string): FieldError {
  return err('unknown', { kind: 'bad_value', name });
}
