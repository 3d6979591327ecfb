import type { CodedError } from '../../lib/errors.ts';
import type { FormPlan } from '../../lib/jira/fields/index.ts';
import { refusalText } from '../../lib/i18n/error-text.ts';

export interface Rejection {
  /** Messages for fields the form shows, by field id. */
  fields: Record<string, string>;
  /** Everything else, for the form-level alert; empty when every message sits next to a field. */
  alert: string[];
}

/** Any field Jira may name: shown ones, required ones the form cannot fill, optional ones left out. */
function nameOf(plan: FormPlan, fieldId: string): string {
  const all = [...plan.fields, ...plan.blockers, ...plan.more];
  return all.find((f) => f.fieldId === fieldId)?.name ?? fieldId;
}

/**
 * Jira's answer to a refused create, split by where it is shown. Jira's per-field messages
 * (ErrorCollection.errors) sit next to their fields; a message for a field the form does not show
 * is named in the alert; with no per-field message at all, Jira's own words (or the error's code, in
 * the user's language) are the alert.
 */
export function splitRejection(error: CodedError, plan: FormPlan): Rejection {
  const fieldErrors = error.details.fieldErrors ?? {};
  const shown = new Set(plan.fields.map((f) => f.fieldId));
  const fields: Record<string, string> = {};
  const alert: string[] = [];
  for (const [fieldId, message] of Object.entries(fieldErrors)) {
    if (shown.has(fieldId)) fields[fieldId] = message;
    else alert.push(`${nameOf(plan, fieldId)}: ${message}`);
  }
  if (Object.keys(fieldErrors).length === 0) alert.push(refusalText(error));
  return { fields, alert };
}
