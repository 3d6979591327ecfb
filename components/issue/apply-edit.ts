// The issue as it will be once Jira takes an edit: shown at once, before Jira answers, and put
// back if Jira refuses. Built from what is sent (Jira's JSON), with names the form already knows
// (option labels, a picked person's name) where the JSON carries only ids.
import type { AdfDoc as RichDoc } from '../../lib/adf/schema.ts';
import type { IssueView } from '../../lib/jira/get-issue.ts';
import type { UserRef as ViewUser } from '../../lib/jira/issue-parts.ts';
import type { FormField, FormPlan, FormValues } from '../../lib/jira/fields/index.ts';
import { idOf, isRecord } from '../../lib/jira/fields/options.ts';

function choiceOf(field: FormField, json: unknown): { id: string; name: string; iconUrl?: string } | undefined {
  const id = idOf(json);
  if (id === undefined) return undefined;
  const choice = 'choices' in field.kind ? field.kind.choices.find((c) => c.id === id) : undefined;
  const iconUrl = choice?.iconUrl?.startsWith('https://') ? choice.iconUrl : undefined;
  return { id, name: choice?.label ?? id, ...(iconUrl ? { iconUrl } : {}) };
}

/** `{accountId}` on the wire; the name comes from the person picked in the form. */
function userOf(json: unknown, value: unknown): ViewUser | undefined {
  if (!isRecord(json) || typeof json.accountId !== 'string') return undefined;
  const name = isRecord(value) && typeof value.displayName === 'string' ? value.displayName : json.accountId;
  return { accountId: json.accountId, displayName: name };
}

type Optional = 'priority' | 'assignee' | 'reporter' | 'parent';

/** The view leaves an empty optional part out rather than holding undefined. */
function setOptional<K extends Optional>(issue: IssueView, key: K, value: IssueView[K] | undefined): IssueView {
  const next = { ...issue };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

function withField(issue: IssueView, field: FormField, json: unknown, value: unknown): IssueView {
  switch (field.fieldId) {
    case 'summary':
      return typeof json === 'string' ? { ...issue, summary: json } : issue;
    case 'description':
      return { ...issue, description: (json as RichDoc | null) ?? null };
    case 'labels':
      return { ...issue, labels: Array.isArray(json) ? json.filter((l): l is string => typeof l === 'string') : [] };
    case 'priority':
      return setOptional(issue, 'priority', choiceOf(field, json));
    case 'assignee':
    case 'reporter':
      return setOptional(issue, field.fieldId, userOf(json, value));
    case 'parent': {
      if (!isRecord(json) || typeof json.key !== 'string') return setOptional(issue, 'parent', undefined);
      const summary = isRecord(value) && typeof value.summary === 'string' ? value.summary : '';
      const id = issue.parent?.key === json.key ? issue.parent.id : json.key;
      return setOptional(issue, 'parent', { id, key: json.key, summary });
    }
    default: {
      // Read again by the next edit form; a person keeps the name the form showed.
      const kept = field.kind.kind === 'user' && json !== null ? { ...(json as object), ...(userOf(json, value) ?? {}) } : json;
      return { ...issue, otherFields: { ...issue.otherFields, [field.fieldId]: kept } };
    }
  }
}

/** `issue` with the sent `fields` applied; `values` are the form's, for names the JSON lacks. */
export function applyEdit(issue: IssueView, fields: Record<string, unknown>, plan: FormPlan, values: FormValues): IssueView {
  let next = issue;
  for (const field of plan.fields) {
    if (field.fieldId in fields) next = withField(next, field, fields[field.fieldId], values[field.fieldId]);
  }
  return next;
}
