import * as z from 'zod/mini';
import { jiraApiUrl, type HttpRequest } from './http-request.ts';
import { toUserRef, userSchema, type UserRef } from './issue-parts.ts';
import { processJsonResponse } from './process-json.ts';

// GET /rest/api/3/user/assignable/search (OpenAPI operation findAssignableUsers → User[]): who
// may be assigned issues in a project (create form) or one issue (edit form). `query` matches the
// start of the name or email; it is always sent, as the spec requires it or `accountId`.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-assignable-search-get

export const ASSIGNABLE_USERS_LIMIT = 20;

export type AssignableScope = { project: string } | { issueKey: string };

export function assignableUsersRequest(cloudId: string, scope: AssignableScope, query: string): HttpRequest {
  return {
    method: 'GET',
    url: jiraApiUrl(cloudId, 'user/assignable/search', {
      ...('project' in scope ? { project: scope.project } : { issueKey: scope.issueKey }),
      query: query.trim(),
      maxResults: String(ASSIGNABLE_USERS_LIMIT),
    }),
    idempotent: true,
  };
}

export async function processAssignableUsersResponse(response: Response): Promise<UserRef[]> {
  const users = await processJsonResponse(response, z.array(userSchema), 'the people you can assign');
  // Deactivated accounts cannot take new work; Jira may still list them.
  return users.filter((u) => u.active !== false).map(toUserRef);
}
