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
