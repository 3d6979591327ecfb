// Per-field messages, in Jira's own words where Jira has them, so a check done here reads the
// same as the 400 Jira would have answered (createIssue/editIssue `errors`, one message per field).
import type { ErrorCode } from '../../errors.ts';

export interface FieldError {
  code: ErrorCode;
  message: string;
}

const err = (code: ErrorCode, message: string): FieldError => ({ code, message });

/** Jira: "<Field name> is required."; the summary has its own sentence in Jira. */
export function required(fieldId: string, name: string): FieldError {
  return err('field_required', fieldId === 'summary' ? 'You must specify a summary of the issue.' : `${name} is required.`);
}

export function textTooLong(fieldId: string, max: number): FieldError {
  return err('text_too_long', fieldId === 'summary'
    ? `Summary must be less than ${max} characters.`
    : `The entered text is too long. It exceeds the allowed limit of ${max} characters.`);
}

/** Jira labels are single words; Jira rejects one with spaces in these words. */
export function labelWithSpaces(label: string): FieldError {
  return err('invalid_label', `The label '${label}' contains spaces which is invalid.`);
}

export function labelTooLong(label: string, max: number): FieldError {
  return err('text_too_long', `The label '${label}' exceeds the maximum length of ${max} characters.`);
}

export function invalidDate(name: string): FieldError {
  return err('invalid_date', `${name} must be a real date, written like 2026-11-20.`);
}

export function invalidDateTime(name: string): FieldError {
  return err('invalid_date', `${name} must be a real date and time, written like 2026-11-20T14:30.`);
}

export function invalidNumber(name: string): FieldError {
  return err('invalid_number', `${name} must be a number.`);
}

/** A value of the wrong type for its control: a bug in the caller, not something the user typed. */
export function badValue(name: string): FieldError {
  return err('unknown', `${name} has a value this form cannot send.`);
}
