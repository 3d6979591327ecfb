import { asCodedError } from '../../lib/errors.ts';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { applyEdit } from './apply-edit.ts';
import type { EditDraft } from './edit-draft.ts';
import { refusedDraft } from './edit-refusal.ts';
import { EditIssue } from './EditIssue.tsx';
import { IssueDetails, type IssueDetailsProps } from './IssueDetails.tsx';
import './edit.css';

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
  /** null: the view; `{draft: null}`: a fresh form; `{draft}`: the form re-opened after a refusal. */
  const [editing, setEditing] = useState<{ draft: EditDraft | null } | null>(null);
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

  const save = (fields: Record<string, unknown>, draft: EditDraft) => {
    const before = current.current;
    const key = before.key;
    setShown(applyEdit(before, fields, draft.plan, draft.values));
    setSaving(true);
    setNote(`Saving your changes to ${key}…`);
    close();
    request('issue.update', { siteId, key, fields }).then(
      () => {
        if (!live.current) return;
        setSaving(false);
        setNote(`${key} saved.`);
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
      <div hidden={editing !== null}>
        <IssueDetails
          {...props}
          issue={shown}
          editButtonRef={editButton}
          editBusy={saving}
          onEdit={() => {
            setNote('');
            setEditing({ draft: null });
          }}
        />
      </div>
      {editing && (
        <EditIssue request={request} siteId={siteId} issue={shown} draft={editing.draft} onCancel={close} onSave={save} />
      )}
    </>
  );
}
