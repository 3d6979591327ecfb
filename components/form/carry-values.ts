import type { FormPlan, FormValues, KindName } from '../../lib/jira/fields/index.ts';
import { initialValues } from '../../lib/jira/fields/index.ts';

// What the user typed survives a change of project or issue type. Only free text does: option,
// component, version and user ids belong to one project's configuration and may not exist (or
// mean something else) in another.
export const FREE: ReadonlySet<KindName> = new Set(['text', 'adf', 'labels', 'date', 'datetime', 'number']);

/** The plan's starting values, with the typed ones of `previous` for fields of the same id and kind. */
export function startingValues(plan: FormPlan, previous: { plan: FormPlan; values: FormValues } | null): FormValues {
  const values = initialValues(plan);
  if (previous === null) return values;
  for (const field of plan.fields) {
    const before = previous.plan.fields.find((f) => f.fieldId === field.fieldId);
    const value = previous.values[field.fieldId];
    if (before && before.kind.kind === field.kind.kind && FREE.has(field.kind.kind) && value !== undefined) {
      values[field.fieldId] = value;
    }
  }
  return values;
}

/** Puts a capture's text into the summary (a single-line text field) and the description (rich
 *  text, given as Markdown, or plain text) when the plan has them. */
export function withPrefill(plan: FormPlan, values: FormValues, prefill: { summary?: string; description?: string } | undefined): FormValues {
  if (!prefill) return values;
  const next = { ...values };
  for (const field of plan.fields) {
    if (field.fieldId === 'summary' && field.kind.kind === 'text' && prefill.summary !== undefined) next.summary = prefill.summary;
    if (field.fieldId === 'description' && (field.kind.kind === 'adf' || field.kind.kind === 'text') && prefill.description !== undefined) {
      next.description = prefill.description;
    }
  }
  return next;
}

/** Whether the summary or description differ from what a prefill put there (the user typed). */
export function prefillEdited(values: FormValues, prefill: { summary?: string; description?: string } | undefined): boolean {
  if (!prefill) return false;
  const differs = (value: unknown, given: string | undefined) => given !== undefined && value !== undefined && value !== given;
  return differs(values.summary, prefill.summary) || differs(values.description, prefill.description);
}
