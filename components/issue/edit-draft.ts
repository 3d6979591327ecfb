// What the edit form starts from and carries: the plan, the values as the issue has them (rich
// text as Markdown), what the user typed, and the rich-text fields that Markdown cannot hold
// faithfully. A draft outlives the form: when Jira refuses a save, the form re-opens from it.
import { adfToMarkdown } from '../../lib/adf/adf-to-markdown.ts';
import type { AdfDoc as RichDoc } from '../../lib/adf/schema.ts';
import type { IssueView } from '../../lib/jira/get-issue.ts';
import { valuesFromIssue, type FormPlan, type FormValues } from '../../lib/jira/fields/index.ts';
import { isAdfDoc } from '../../lib/jira/fields/form-value.ts';

export interface LossyText {
  /** The document as Markdown, with the words of what it cannot keep. */
  markdown: string;
  /** adfToMarkdown's `lost` names, for describeLoss. */
  lost: string[];
}

export interface EditDraft {
  plan: FormPlan;
  /** The values the form started from: toPayload sends only what differs from these. */
  original: FormValues;
  /** What the form holds now. A lossy rich-text field is undefined (left out) until consented to. */
  values: FormValues;
  /** Rich-text fields not yet opened for editing, by field id. */
  lossy: Record<string, LossyText>;
  /** Messages next to fields (from the form's checks or Jira's refusal). */
  errors: Record<string, string>;
  /** Lines of the form-level alert, or null. */
  alert: string[] | null;
}

/** The issue's fields in Jira's JSON, as valuesFromIssue reads them: the view's own and the others. */
export function issueFields(issue: IssueView): Record<string, unknown> {
  return {
    ...issue.otherFields,
    summary: issue.summary,
    description: issue.description,
    priority: issue.priority ?? null,
    assignee: issue.assignee ?? null,
    reporter: issue.reporter ?? null,
    labels: issue.labels,
    parent: issue.parent ? { key: issue.parent.key, fields: { summary: issue.parent.summary } } : null,
  };
}

/** A fresh draft: rich text becomes Markdown, or is held back when Markdown would lose some of it. */
export function startDraft(plan: FormPlan, issue: IssueView): EditDraft {
  const values = valuesFromIssue(plan, issueFields(issue));
  const original: FormValues = { ...values };
  const lossy: Record<string, LossyText> = {};
  for (const field of plan.fields) {
    const value = values[field.fieldId];
    if (field.kind.kind !== 'adf' || !isAdfDoc(value)) continue;
    const { markdown, lossless, lost } = adfToMarkdown(value as unknown as RichDoc);
    original[field.fieldId] = markdown;
    if (lossless) {
      values[field.fieldId] = markdown;
    } else {
      values[field.fieldId] = undefined;
      lossy[field.fieldId] = { markdown, lost };
    }
  }
  return { plan, original, values, lossy, errors: {}, alert: null };
}

/** The user agreed to edit a lossy field as Markdown: it becomes an ordinary field. */
export function consent(draft: EditDraft, fieldId: string): EditDraft {
  const held = draft.lossy[fieldId];
  if (!held) return draft;
  const { [fieldId]: _opened, ...lossy } = draft.lossy;
  return { ...draft, lossy, values: { ...draft.values, [fieldId]: held.markdown } };
}
