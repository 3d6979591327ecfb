import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import { Dialog } from './Dialog.tsx';
import { plural } from './format.ts';
import { asCodedError } from '../../lib/errors.ts';

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

export const NO_DELETE_PERMISSION = 'You do not have permission to delete issues in this project (Delete Issues permission).';

function problemText(error: CodedError, key: string): string {
  switch (error.code) {
    case 'permission_denied':
      return NO_DELETE_PERMISSION;
    case 'has_subtasks':
      return `${key} has sub-tasks. Jira deletes an issue with sub-tasks only together with them: tick the box to delete them too, or move them to another parent in Jira first.`;
    case 'issue_not_found':
      return `${key} does not exist any more, or you do not have permission to see it.`;
    default:
      return error.message;
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

  const boxLabel = subtaskCount > 0 ? `Also delete its ${plural(subtaskCount, 'sub-task', 'sub-tasks')}` : 'Also delete its sub-tasks';
  return (
    <Dialog returnFocus={returnFocus} title={`Delete ${issueKey}?`} onClose={onClose} busy={busy} class="dialog-danger">
      <p class="dialog-text">
        <strong>{issueKey}</strong> <span class="dialog-summary">{summary}</span> will be deleted for everyone. This cannot be undone.
      </p>
      {subtaskCount > 0 && <p class="dialog-text">It has {plural(subtaskCount, 'sub-task', 'sub-tasks')}.</p>}
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
      {busy && <p role="status">Deleting {issueKey}…</p>}
      <div class="dialog-actions">
        <button type="button" onClick={onClose} disabled={busy} data-autofocus>
          Cancel
        </button>
        <button type="button" class="danger" onClick={() => void remove()} disabled={busy}>
          Delete issue
        </button>
      </div>
    </Dialog>
  );
}
