// Jira's JSON for a field (as getIssue returns it, and as metadata writes `defaultValue`) → the
// form value of its kind: the reverse of encode-value.ts, so values read from an issue and sent
// back unchanged encode to what Jira holds. Rich text stays the raw ADF document; the caller
// decides whether to show it as Markdown.
// IssueBean fields: https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
import type { FormField, FormPlan } from './form-plan.ts';
import { emptyValue, isAdfDoc } from './form-value.ts';
import type { FormValue, FormValues, IssueRef, UserRef } from './form-value.ts';
import { idOf, isRecord } from './options.ts';

function ids(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.map(idOf).filter((id): id is string => id !== undefined) : [];
}

function userRef(raw: unknown): UserRef | null {
  if (!isRecord(raw) || typeof raw.accountId !== 'string') return null;
  const ref: UserRef = { accountId: raw.accountId };
  if (typeof raw.displayName === 'string') ref.displayName = raw.displayName;
  const avatar = isRecord(raw.avatarUrls) ? raw.avatarUrls['48x48'] : undefined;
  if (typeof avatar === 'string') ref.avatarUrl = avatar;
  return ref;
}

function issueRef(raw: unknown): IssueRef | null {
  if (!isRecord(raw) || typeof raw.key !== 'string') return null;
  const ref: IssueRef = { key: raw.key };
  const summary = isRecord(raw.fields) ? raw.fields.summary : undefined;
  if (typeof summary === 'string') ref.summary = summary;
  return ref;
}

/** One field's form value from Jira's JSON; null/absent becomes the kind's empty value. */
export function valueFromJira(field: FormField, raw: unknown): FormValue {
  const kind = field.kind.kind;
  switch (kind) {
    case 'text':
    case 'date':
    case 'datetime': return typeof raw === 'string' ? raw : '';
    case 'number': return typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : '';
    case 'adf': return isAdfDoc(raw) ? raw : typeof raw === 'string' ? raw : null;
    case 'select':
    case 'priority': return idOf(raw) ?? null;
    case 'multiselect':
    case 'components':
    case 'versions': return ids(raw);
    case 'labels': return Array.isArray(raw) ? raw.filter((l): l is string => typeof l === 'string') : [];
    case 'user': return userRef(raw);
    case 'parent': return issueRef(raw);
  }
}

/** Edit: the form's starting values, from the issue's `fields` (GET /rest/api/3/issue/{key}). */
export function valuesFromIssue(plan: FormPlan, issueFields: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of plan.fields) values[field.fieldId] = valueFromJira(field, issueFields[field.fieldId]);
  return values;
}

/** Create: every field empty except where the metadata names a default (e.g. priority Medium). */
export function initialValues(plan: FormPlan): FormValues {
  const values: FormValues = {};
  for (const field of plan.fields) {
    values[field.fieldId] = field.defaultValue === undefined ? emptyValue(field.kind.kind) : valueFromJira(field, field.defaultValue);
  }
  return values;
}
