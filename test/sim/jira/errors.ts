// Jira's error body is always `{errorMessages, errors}` (spec: ErrorCollection). These helpers
// build the replies the Jira endpoints share, with Jira Cloud's own wording where it is known.
import type { ErrorCollection, Reply } from '../types.ts';

export function jiraError(status: number, errorMessages: string[], errors: Record<string, string> = {}): Reply {
  const body: ErrorCollection = { errorMessages, errors };
  return { status, body };
}

/** 400 with per-field messages, as create/edit/transition answer invalid input. */
export function fieldErrors(errors: Record<string, string>): Reply {
  return jiraError(400, [], errors);
}

/** Jira answers both "no such issue" and "not allowed to see it" with this 404 (getIssue, 404). */
export function issueNotFound(): Reply {
  return jiraError(404, ['Issue does not exist or you do not have permission to see it.']);
}

/** Jira's project lookup message (e.g. GET /rest/api/3/project/{key} for an unknown key). */
export function projectNotFound(projectIdOrKey: string): Reply {
  const kind = /^\d+$/.test(projectIdOrKey) ? 'id' : 'key';
  return jiraError(404, [`No project could be found with ${kind} '${projectIdOrKey}'.`]);
}

/** Field not on the screen, or no such field; Jira Cloud's text (seen in many client bug reports,
 *  e.g. tenable/integration-jira-cloud#82). */
export function notOnScreen(fieldId: string): string {
  return `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;
}

/** A required field left empty: Jira writes "<Field name> is required." */
export function requiredMessage(fieldId: string, fieldName: string): string {
  // The summary has its own sentence in Jira (create issue with an empty summary).
  if (fieldId === 'summary') return 'You must specify a summary of the issue.';
  return `${fieldName} is required.`;
}

/** For description, environment and textarea fields, which take ADF on REST v3 (createIssue). */
export const ADF_REQUIRED = 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
