import { useId, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { IssueView } from '../../lib/jira/get-issue.ts';
import { planForm } from '../../lib/jira/fields/index.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import { LoadNotice } from '../create/LoadNotice.tsx';
import type { FieldLookups } from '../fields/types.ts';
import { startDraft, type EditDraft } from './edit-draft.ts';
import { EditForm } from './EditForm.tsx';
import { useEditMeta } from './useEditMeta.ts';
import '../fields/fields.css';
import './edit.css';

export interface EditIssueProps {
  request: MessageClient;
  siteId: string;
  /** The issue as the view shows it; the form starts from its values. */
  issue: IssueView;
  /** Re-open with these values (and Jira's messages) instead of the issue's own. */
  draft: EditDraft | null;
  onCancel: () => void;
  onSave: (fields: Record<string, unknown>, draft: EditDraft) => void;
}

/** The edit form in place of the issue view: loads the issue's edit screen, then the form. */
export function EditIssue({ request, siteId, issue, draft, onCancel, onSave }: EditIssueProps) {
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { metas, reload } = useEditMeta(request, siteId, issue.key, draft !== null);

  const start = useMemo(() => {
    if (draft) return draft;
    return metas.state === 'ready' ? startDraft(planForm(metas.value, { mode: 'edit' }), issue) : null;
    // The form starts once, from the issue as it was when Edit was pressed.
  }, [draft, metas]);

  const lookups = useMemo<FieldLookups>(
    () => ({
      searchUsers: (query) => request('users.assignable', { siteId, issueKey: issue.key, query }),
      searchIssues: (query) => request('issues.pick', { siteId, query }),
    }),
    [request, siteId, issue.key],
  );

  // The Edit button is hidden now: focus goes to the heading until the first field can take it.
  useLayoutEffect(() => {
    if (!root.current?.contains(document.activeElement)) heading.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    // A combobox closing its list stops its own Escape; any other one leaves the form.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onCancel();
  };

  return (
    <section class="edit-issue" aria-labelledby={headingId} ref={root} onKeyDown={onKeyDown}>
      <h2 id={headingId} class="edit-title" tabIndex={-1} ref={heading}>
        Edit <span class="issue-key">{issue.key}</span>
      </h2>
      {start === null ? (
        <>
          <LoadNotice load={metas} loading="Loading the fields…" retry={reload} />
          <div class="edit-actions">
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      ) : start.plan.fields.length === 0 ? (
        <>
          <p>You cannot edit any field of {issue.key} here: you may not have permission to edit it.</p>
          <div class="edit-actions">
            <button type="button" onClick={onCancel}>
              Back
            </button>
          </div>
        </>
      ) : (
        <EditForm issueKey={issue.key} draft={start} lookups={lookups} onCancel={onCancel} onSave={onSave} />
      )}
    </section>
  );
}
