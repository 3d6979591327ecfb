import { jiraApiUrl, type HttpRequest } from './http-request.ts';
import { hasJiraMessage, issueErrorFromResponse, recode } from './issue-error.ts';

// DELETE /rest/api/3/issue/{issueIdOrKey}?deleteSubtasks=true|false (OpenAPI operation
// deleteIssue → 204). Jira answers 400 when the issue has sub-tasks and `deleteSubtasks` is not
// true, and 403 without the Delete issues project permission; the UI asks again, or explains.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-delete

export function deleteIssueRequest(cloudId: string, issueKeyOrId: string, options: { deleteSubtasks: boolean }): HttpRequest {
  return {
    method: 'DELETE',
    url: jiraApiUrl(cloudId, `issue/${encodeURIComponent(issueKeyOrId)}`, {
      deleteSubtasks: options.deleteSubtasks ? 'true' : 'false',
    }),
    // Deleting a deleted issue deletes nothing more; the second answer is a 404 (RFC 9110 §9.2.2).
    idempotent: true,
  };
}

/** 204. 400 about sub-tasks → `has_subtasks`, 403 → `permission_denied`, 404 → `issue_not_found`. */
export async function processDeleteIssueResponse(response: Response): Promise<void> {
  if (!response.ok) {
    const error = await issueErrorFromResponse(response);
    // The spec documents 400 for sub-tasks only; a 400 whose message is about something else
    // stays a plain refusal with that message.
    const aboutSubtasks = !hasJiraMessage(error) || /sub-?tasks?/i.test(error.message);
    if (error.code === 'jira_rejected' && response.status === 400 && aboutSubtasks) {
      throw recode(error, 'has_subtasks', 'The issue has sub-tasks. Delete them with it, or move them first.');
    }
    throw error;
  }
  await response.body?.cancel().catch(() => {});
}
