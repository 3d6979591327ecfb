import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import { Dialog } from './Dialog.tsx';
import { asCodedError } from '../../lib/errors.ts';
import { t, tn } from '../../lib/i18n/page-text.ts';
import { refusalText } from '../../lib/i18n/error-text.ts';
import { around, SLOT } from '../../lib/i18n/around.ts';

interface Props {
  request: MessageClient;
  siteId: string;
  issueKey: string;
  summary: string;
  /** Sub-tasks the issue view knows of. */
  subtaskCount: number;
  onClose: () => void;
  /** The button that opened the dialog, to focus again when it closes. */
  returnFocus?: RefObject<HTMLElement>;
  onDeleted: (key: string) => void;
}

function problemText(error: CodedError, key: string): string {
  switch (error.code) {
    case 'permission_denied':
      return t('issueNoDeletePermission');
    case 'has_subtasks':
      return t('issueHasSubtasksRefused', key);
    case 'issue_not_found':
      return t('issueGone', key);
    default:
      return refusalText(error);
  }
}

/** Asks before deleting an issue; offers to delete its sub-tasks with it. */
export function DeleteDialog({ request, siteId, issueKey, summary, subtaskCount, onClose, returnFocus, onDeleted }: Props) {
  const [withSubtasks, setWithSubtasks] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<CodedError | null>(null);
  const subtasksKnown = subtaskCount > 0 || problem?.code === 'has_subtasks';

  const remove = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await request('issue.delete', { siteId, key: issueKey, deleteSubtasks: subtasksKnown && withSubtasks });
      onDeleted(issueKey);
    } catch (error) {
      setBusy(false);
      setProblem(asCodedError(error));
    }
  };

  const boxLabel = subtaskCount > 0 ? tn('issueDeleteTheSubtasks', subtaskCount) : t('issueDeleteSubtasksToo');
  return (
    <Dialog returnFocus={returnFocus} title={t('issueDeleteTitle', issueKey)} onClose={onClose} busy={busy} class="dialog-danger">
      <p class="dialog-text">
        {around(t('issueDeleteWarning', SLOT[0], SLOT[1]), <strong>{issueKey}</strong>, <span class="dialog-summary">{summary}</span>)}
      </p>
      {subtaskCount > 0 && <p class="dialog-text">{tn('issueSubtaskCount', subtaskCount)}</p>}
      {subtasksKnown && (
        <label class="check">
          <input type="checkbox" checked={withSubtasks} disabled={busy} onChange={(e) => setWithSubtasks(e.currentTarget.checked)} />
          {boxLabel}
        </label>
      )}
      {problem && (
        <p class="notice notice-error" role="alert">
          {problemText(problem, issueKey)}
        </p>
      )}
      {busy && <p role="status">{t('issueDeleting', issueKey)}</p>}
      <div class="dialog-actions">
        <button type="button" onClick={onClose} disabled={busy} data-autofocus>
          {t('issueCancel')}
        </button>
        <button type="button" class="danger" onClick={() => void remove()} disabled={busy}>
          {t('issueDeleteSubmit')}
        </button>
      </div>
    </Dialog>
  );
}
