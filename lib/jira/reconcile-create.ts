import { jqlString, textSearchWords } from './jql-text.ts';
import type { HttpRequest } from './http-request.ts';
import { processSearchResponse, searchRequest, type IssueSummary } from './search.ts';

// A create whose answer never came (CodedError 'network' or 'timeout': the connection dropped
// after sending, or nothing came back before the request's deadline) may or may not have made the
// issue. Sending it again could make a second one, so the extension looks for it first: issues in
// the project, reported by the user, created in the last minutes, whose summary contains the
// summary's words; then it keeps only the exact summary.
//
// The lost issue's id is unknown, so `reconcileIssues` cannot name it, and search lags fresh
// writes by a few seconds ("Recent updates might not be immediately visible"). Callers repeat
// the check for a short while before concluding that nothing was created.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post

export interface LostCreate {
  projectKey: string;
  summary: string;
  /** When the create was sent (ISO 8601): the search window reaches back to it. */
  sinceIso: string;
  /** The reporter the create set, when not the user; default `currentUser()`. */
  reporterAccountId?: string;
}

/** At least 5 minutes, or enough to reach back to `sinceIso` with a minute for clock skew. */
function windowMinutes(sinceIso: string, now: number): number {
  const since = Date.parse(sinceIso);
  if (!Number.isFinite(since)) return 5;
  return Math.max(5, Math.ceil((now - since) / 60_000) + 1);
}

export function lostCreateJql(lost: LostCreate, now = Date.now()): string {
  const words = textSearchWords(lost.summary);
  const reporter = lost.reporterAccountId ? jqlString(lost.reporterAccountId) : 'currentUser()';
  return [
    `project = ${jqlString(lost.projectKey)}`,
    `reporter = ${reporter}`,
    // Relative dates avoid the user's time zone, which absolute JQL dates are read in.
    `created >= "-${windowMinutes(lost.sinceIso, now)}m"`,
    ...(words ? [`summary ~ ${jqlString(words)}`] : []),
  ].join(' AND ') + ' ORDER BY created DESC';
}

export function lostCreateSearchRequest(cloudId: string, lost: LostCreate, now = Date.now()): HttpRequest {
  return searchRequest(cloudId, { jql: lostCreateJql(lost, now), maxResults: 20 });
}

/** The issues whose summary is exactly the one sent (Jira trims surrounding spaces). */
export async function processLostCreate(response: Response, summary: string): Promise<IssueSummary[]> {
  const page = await processSearchResponse(response);
  const wanted = summary.trim();
  return page.issues.filter((issue) => issue.summary.trim() === wanted);
}
