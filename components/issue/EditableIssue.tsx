import { asCodedError } from '../../lib/errors.ts';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { applyEdit } from './apply-edit.ts';
import { DraftNotice } from '../ui/DraftNotice.tsx';
import { DraftStatus } from '../ui/DraftStatus.tsx';
import type { EditDraft } from './edit-draft.ts';
import { refusedDraft } from './edit-refusal.ts';
import { EditIssue } from './EditIssue.tsx';
import { IssueDetails, type IssueDetailsProps } from './IssueDetails.tsx';
import { UnsavedEditNotice } from './UnsavedEditNotice.tsx';
import { useEditDraft } from './useEditDraft.ts';
import './edit.css';
import { t } from '../../lib/i18n/page-text.ts';

type Props = Omit<IssueDetailsProps, 'onEdit' | 'editButtonRef' | 'editBusy'>;

/**
 * The issue view with its Edit form, which takes the view's place while open. A save shows the
 * new values at once; if Jira refuses, the old ones come back and the form re-opens with what the
 * user typed and Jira's messages. The view stays mounted (hidden) meanwhile, so nothing it holds
 * (a status just changed, a note) is lost.
 */
export function EditableIssue(props: Props) {
  const { request, siteId } = props;
  const [shown, setShown] = useState(props.issue);
  const current = useRef(shown);
  current.current = shown;
  /** null: the view; `{draft: null}`: a fresh form (with a saved draft put back, if any);
   *  `{draft}`: the form re-opened after a refusal. */
  const [editing, setEditing] = useState<{ draft: EditDraft | null } | null>(null);
  const drafts = useEditDraft(siteId, shown.key);
  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const focusEdit = useRef(false);
  const live = useRef(true);
  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );

  useLayoutEffect(() => {
    if (!focusEdit.current) return;
    focusEdit.current = false;
    editButton.current?.focus();
  });

  const close = () => {
    focusEdit.current = true;
    setEditing(null);
  };
  /** Cancel, Esc and "Discard draft" leave the form and what was typed in it (Undo brings it back). */
  const discard = () => {
    drafts.discard();
    close();
  };
  const edit = () => {
    setNote('');
    setEditing({ draft: null });
  };

  const save = (fields: Record<string, unknown>, draft: EditDraft) => {
    const before = current.current;
    const key = before.key;
    setShown(applyEdit(before, fields, draft.plan, draft.values));
    setSaving(true);
    setNote(t('issueSavingChanges', key));
    drafts.hold();
    close();
    request('issue.update', { siteId, key, fields }).then(
      () => {
        // Jira has it: the draft has done its job, even if the popup has moved on.
        drafts.confirmed();
        if (!live.current) return;
        setSaving(false);
        setNote(t('issueSaved', key));
      },
      (raw: unknown) => {
        if (!live.current) return;
        setShown(before);
        setSaving(false);
        setNote('');
        setEditing({ draft: refusedDraft(draft, asCodedError(raw), key) });
      },
    );
  };

  return (
    <>
      <p class="hint edit-note" role="status">
        {editing ? '' : note}
      </p>
      <DraftStatus
        status={drafts.status}
        until={t('draftKeepOpenEdit')}
        onLoadNewer={() => {
          // The newer changes are offered in the view, as when the issue opens with a draft.
          drafts.loadNewer();
          if (editing) close();
        }}
        onKeepMine={drafts.keepMine}
      />
      <div hidden={editing !== null}>
        {drafts.found && !saving && (
          <UnsavedEditNotice issueKey={shown.key} savedAt={drafts.found.savedAt} onContinue={edit} onDiscard={discard} />
        )}
        {drafts.discarded && <DraftNotice state={{ kind: 'discarded' }} leftover={[]} onDiscard={() => {}} onUndo={drafts.undo} />}
        <IssueDetails
          {...props}
          issue={shown}
          editButtonRef={editButton}
          editBusy={saving}
          onEdit={edit}
        />
      </div>
      {editing && (
        <EditIssue
          request={request}
          siteId={siteId}
          issue={shown}
          draft={editing.draft}
          restore={drafts.found ?? undefined}
          onChange={drafts.onForm}
          onDiscardDraft={discard}
          onCancel={discard}
          onSave={save}
        />
      )}
    </>
  );
}
