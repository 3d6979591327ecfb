import { useId, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { IssueView } from '../../lib/jira/get-issue.ts';
import { planForm } from '../../lib/jira/fields/index.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import { LoadNotice } from '../form/LoadNotice.tsx';
import type { FieldLookups } from '../fields/types.ts';
import type { DraftField } from '../../lib/storage/drafts.ts';
import { leftoverText } from '../form/restore-draft.ts';
import { DraftNotice } from '../ui/DraftNotice.tsx';
import { startDraft, type EditDraft } from './edit-draft.ts';
import { EditForm } from './EditForm.tsx';
import { restoreEdit } from './restore-edit.ts';
import { useEditMeta } from './useEditMeta.ts';
import '../fields/fields.css';
import './edit.css';
import { t } from '../../lib/i18n/page-text.ts';
import { around, SLOT } from '../../lib/i18n/around.ts';

export interface EditIssueProps {
  request: MessageClient;
  siteId: string;
  /** The issue as the view shows it; the form starts from its values. */
  issue: IssueView;
  /** Re-open with these values (and Jira's messages) instead of the issue's own. */
  draft: EditDraft | null;
  onCancel: () => void;
  onSave: (fields: Record<string, unknown>, draft: EditDraft) => void;
  /** A saved draft to put back into the fresh form, and when it was saved. */
  restore?: { fields: Record<string, DraftField>; savedAt: number } | undefined;
  onChange?: (draft: EditDraft) => void;
  /** Discards the restored draft (the form closes). */
  onDiscardDraft?: () => void;
}

/** The edit form in place of the issue view: loads the issue's edit screen, then the form. */
export function EditIssue({ request, siteId, issue, draft, onCancel, onSave, restore, onChange, onDiscardDraft }: EditIssueProps) {
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { metas, reload } = useEditMeta(request, siteId, issue.key, draft !== null);

  const { start, leftover } = useMemo(() => {
    if (draft) return { start: draft, leftover: {} };
    if (metas.state !== 'ready') return { start: null, leftover: {} };
    const fresh = startDraft(planForm(metas.value, { mode: 'edit' }), issue);
    if (!restore) return { start: fresh, leftover: {} };
    const restored = restoreEdit(fresh, restore.fields);
    return { start: restored.draft, leftover: restored.leftover };
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
        {around(t('issueEditTitle', SLOT[0]), <span class="issue-key">{issue.key}</span>)}
      </h2>
      {start === null ? (
        <>
          <LoadNotice load={metas} loading={t('issueLoadingFields')} retry={reload} />
          <div class="edit-actions">
            <button type="button" onClick={onCancel}>
              {t('issueCancel')}
            </button>
          </div>
        </>
      ) : start.plan.fields.length === 0 ? (
        <>
          <p>{t('issueCannotEdit', issue.key)}</p>
          <div class="edit-actions">
            <button type="button" onClick={onCancel}>
              {t('issueBack')}
            </button>
          </div>
        </>
      ) : (
        <>
          {restore && onDiscardDraft && (
            <DraftNotice
              state={{ kind: 'restored', savedAt: restore.savedAt }}
              leftover={leftoverText(leftover)}
              onDiscard={onDiscardDraft}
              onUndo={() => {}}
            />
          )}
          <EditForm issueKey={issue.key} draft={start} lookups={lookups} onCancel={onCancel} onSave={onSave} onChange={onChange} />
        </>
      )}
    </section>
  );
}
