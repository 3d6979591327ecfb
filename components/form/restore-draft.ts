import { initialValues, type FormPlan, type FormValues } from '../../lib/jira/fields/index.ts';
import { sameJson } from '../../lib/jira/fields/same-json.ts';
import { draftText } from '../../lib/storage/draft-values.ts';
import type { DraftField } from '../../lib/storage/drafts.ts';
import type { DraftLeftover } from '../ui/DraftNotice.tsx';
import { FREE } from './carry-values.ts';

type Fields = Record<string, DraftField>;

/** The fields whose value differs from what an untouched form holds: what a draft keeps. */
export function changedFields(plan: FormPlan, values: FormValues, start: FormValues = initialValues(plan)): Fields {
  const changed: Fields = {};
  for (const field of plan.fields) {
    const value = values[field.fieldId];
    if (value === undefined || sameJson(value, start[field.fieldId])) continue;
    changed[field.fieldId] = { kind: field.kind.kind, name: field.name, value };
  }
  return changed;
}

/**
 * A create form's starting values from a draft. Free text goes into any field of the same id and
 * kind; options, people and versions only when the draft was for this very project and type (their
 * ids mean nothing elsewhere). What does not fit is returned, to stay visible and saved.
 */
export function restoreCreate(plan: FormPlan, fields: Fields, sameTarget: boolean): { values: FormValues; leftover: Fields } {
  const values = initialValues(plan);
  const leftover: Fields = {};
  for (const [fieldId, saved] of Object.entries(fields)) {
    const field = plan.fields.find((f) => f.fieldId === fieldId);
    if (field && field.kind.kind === saved.kind && (sameTarget || FREE.has(saved.kind))) values[fieldId] = saved.value;
    else leftover[fieldId] = saved;
  }
  return { values, leftover };
}

/** The readable part of fields a form could not take, for the draft notice. */
export function leftoverText(fields: Fields): DraftLeftover[] {
  return Object.entries(fields)
    .map(([fieldId, field]) => ({ fieldId, name: field.name, text: draftText(field) }))
    .filter((item) => item.text.trim() !== '');
}
