import { CodedError, type ErrorCode } from '../errors.ts';
import { errorFromResponse } from './error-from-response.ts';

// Operations on one issue (get, edit, editmeta, transitions, delete) share two answers the UI
// treats apart from a plain refusal: 404 "Issue does not exist or you do not have permission to
// see it." and 403, a missing project permission (a missing OAuth scope is the gateway's 401,
// lib/ATLASSIAN.md#scopes). https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/

/** Whether the message is Jira's own, not errorFromResponse's stand-in for a body without one. */
export function hasJiraMessage(error: CodedError): boolean {
  return !/^Jira refused the request \(HTTP \d+\)\.$/.test(error.message);
}

/** `error` under another code, keeping Jira's message when it sent one, else `fallback`. */
export function recode(error: CodedError, code: ErrorCode, fallback: string): CodedError {
  return new CodedError(code, hasJiraMessage(error) ? error.message : fallback, error.details);
}

/** The coded error for a non-2xx answer to an operation on one issue. */
export async function issueErrorFromResponse(response: Response): Promise<CodedError> {
  const error = await errorFromResponse(response);
  if (error.code !== 'jira_rejected') return error;
  if (response.status === 404) {
    return recode(error, 'issue_not_found', 'The issue does not exist, or you do not have permission to see it.');
  }
  if (response.status === 403) {
    return recode(error, 'permission_denied', 'You do not have permission to do this in the issue’s project.');
  }
  return error;
}
