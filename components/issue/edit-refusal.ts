import type { CodedError } from '../../lib/errors.ts';
import { splitRejection } from '../form/rejected.ts';
import type { EditDraft } from './edit-draft.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { refusalText } from '../../lib/i18n/error-text.ts';

export const noEditPermission = () => t('issueNoEditPermission');

/**
 * The draft to re-open the form with after Jira refused a save: what the user typed stays, Jira's
 * per-field messages sit next to their fields, and the rest goes into the form's alert.
 */
export function refusedDraft(draft: EditDraft, error: CodedError, issueKey: string): EditDraft {
  const head = t('issueNotSaved', issueKey);
  if (error.code === 'jira_rejected') {
    const { fields, alert } = splitRejection(error, draft.plan);
    const fix = Object.keys(fields).length > 0 ? t('issueNotSavedFix', issueKey) : head;
    return { ...draft, errors: fields, alert: [fix, ...alert] };
  }
  const why =
    error.code === 'permission_denied'
      ? noEditPermission()
      : error.code === 'issue_not_found'
        ? t('issueGone', issueKey)
        : refusalText(error);
  return { ...draft, errors: {}, alert: [head, why] };
}
