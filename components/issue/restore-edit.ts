import type { DraftField } from '../../lib/storage/drafts.ts';
import { changedFields } from '../form/restore-draft.ts';
import { consent, type EditDraft } from './edit-draft.ts';

type Fields = Record<string, DraftField>;

/** The fields the user changed in the edit form: what its draft keeps. Held-back rich text is not. */
export function changedEditFields(draft: EditDraft): Fields {
  return changedFields(draft.plan, draft.values, draft.original);
}

/**
 * A fresh edit form (from the issue as Jira has it now) with the draft's changes put back. The
 * form still sends only what differs from the issue now. A rich-text field the user had agreed to
 * edit as Markdown is opened again; a field the edit screen no longer has is returned.
 */
export function restoreEdit(start: EditDraft, fields: Fields): { draft: EditDraft; leftover: Fields } {
  let draft = start;
  const leftover: Fields = {};
  for (const [fieldId, saved] of Object.entries(fields)) {
    const field = start.plan.fields.find((f) => f.fieldId === fieldId);
    if (!field || field.kind.kind !== saved.kind) {
      leftover[fieldId] = saved;
      continue;
    }
    if (draft.lossy[fieldId]) draft = consent(draft, fieldId);
    draft = { ...draft, values: { ...draft.values, [fieldId]: saved.value } };
  }
  return { draft, leftover };
}
