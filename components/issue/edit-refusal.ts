import type { CodedError } from '../../lib/errors.ts';
import { splitRejection } from '../form/rejected.ts';
import type { EditDraft } from './edit-draft.ts';

export const NO_EDIT_PERMISSION = 'You do not have permission to edit this issue (Edit Issues permission).';

/**
 * The draft to re-open the form with after Jira refused a save: what the user typed stays, Jira's
 * per-field messages sit next to their fields, and the rest goes into the form's alert.
 */
export function refusedDraft(draft: EditDraft, error: CodedError, issueKey: string): EditDraft {
  const head = `Jira did not save your changes to ${issueKey}.`;
  if (error.code === 'jira_rejected') {
    const { fields, alert } = splitRejection(error, draft.plan);
    const fix = Object.keys(fields).length > 0 ? `${head} See the messages next to the fields.` : head;
    return { ...draft, errors: fields, alert: [fix, ...alert] };
  }
  const why =
    error.code === 'permission_denied'
      ? NO_EDIT_PERMISSION
      : error.code === 'issue_not_found'
        ? `${issueKey} does not exist any more, or you do not have permission to see it.`
        : error.message;
  return { ...draft, errors: {}, alert: [head, why] };
}
