import { jiraApiUrl, type HttpRequest } from './http-request.ts';
import { issueErrorFromResponse } from './issue-error.ts';

// PUT /rest/api/3/issue/{issueIdOrKey} (OpenAPI operation editIssue, body IssueUpdateDetails →
// 204). Only the fields the user changed are sent: an unchanged field the edit screen lacks, or a
// required one sent empty, would make Jira refuse the whole edit. Status changes are transitions.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put

export interface IssueChanges {
  fields?: Record<string, unknown>;
  update?: Record<string, unknown[]>;
}

export function editIssueRequest(cloudId: string, issueKeyOrId: string, changes: IssueChanges): HttpRequest {
  return {
    method: 'PUT',
    url: jiraApiUrl(cloudId, `issue/${encodeURIComponent(issueKeyOrId)}`),
    body: {
      ...(changes.fields ? { fields: changes.fields } : {}),
      ...(changes.update ? { update: changes.update } : {}),
    },
    // Setting the same values twice leaves the issue as once (RFC 9110 §9.2.2: PUT).
    idempotent: true,
  };
}

/** 204 on success; 400 → `jira_rejected` with `fieldErrors`, 404 → `issue_not_found`, 403 → `permission_denied`. */
export async function processEditIssueResponse(response: Response): Promise<void> {
  if (!response.ok) throw await issueErrorFromResponse(response);
  await response.body?.cancel().catch(() => {});
}
