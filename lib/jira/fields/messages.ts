// Per-field checks done before sending, so a mistake shows beside its field without a round trip.
// Each names its check and the data to say it (`check`), which the page words in the user's
// language (components/fields/field-check-text.ts); `message` is the English sentence Jira's 400
// would have answered (createIssue/editIssue `errors`, one message per field), for logs and tests.
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
  message: string;
}

const err = (code: ErrorCode, check: FieldCheck, message: string): FieldError => ({ code, check, message });

/** Jira: "<Field name> is required."; the summary has its own sentence in Jira. */
export function required(fieldId: string, name: string): FieldError {
  const summary = fieldId === 'summary';
  return err('field_required', { kind: 'required', name, summary }, summary ? 'You must specify a summary of the issue.' : `${name} is required.`);
}

export function textTooLong(fieldId: string, max: number): FieldError {
  const summary = fieldId === 'summary';
  return err('text_too_long', { kind: 'too_long', max, summary }, summary
    ? `Summary must be less than ${max} characters.`
    : `The entered text is too long. It exceeds the allowed limit of ${max} characters.`);
}

/** Jira labels are single words; Jira rejects one with spaces in these words. */
export function labelWithSpaces(label: string): FieldError {
  return err('invalid_label', { kind: 'label_spaces', label }, `The label '${label}' contains spaces which is invalid.`);
}

export function labelTooLong(label: string, max: number): FieldError {
  return err('text_too_long', { kind: 'label_too_long', label, max }, `The label '${label}' exceeds the maximum length of ${max} characters.`);
}

export function invalidDate(name: string): FieldError {
  return err('invalid_date', { kind: 'invalid_date', name }, `${name} must be a real date, written like 2026-11-20.`);
}

export function invalidDateTime(name: string): FieldError {
  return err('invalid_date', { kind: 'invalid_date_time', name }, `${name} must be a real date and time, written like 2026-11-20T14:30.`);
}

export function invalidNumber(name: string): FieldError {
  return err('invalid_number', { kind: 'invalid_number', name }, `${name} must be a number.`);
}

/** A value of the wrong type for its control: a bug in the caller, not something the user typed. */
export function badValue(name: string): FieldError {
  return err('unknown', { kind: 'bad_value', name }, `${name} has a value this form cannot send.`);
}
