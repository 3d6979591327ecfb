// Jira Cloud's search index is eventually consistent: "Recent updates might not be immediately
// visible in the returned search results" and `reconcileIssues` gives read-after-write for the
// ids it names (spec: searchAndReconsileIssuesUsingJql; developer.atlassian.com
// "search-and-reconcile"). The simulator models the lag for new issues: an issue created less
// than SEARCH_INDEX_LAG_MS ago (by state.now) is missing from search unless reconciled.
import type { Issue } from '../types.ts';

export const SEARCH_INDEX_LAG_MS = 5_000;

/** Whether search already sees `issue` at time `now` (ms). Issues dated after `now` count as old. */
export function isIndexed(issue: Issue, now: number): boolean {
  const age = now - Date.parse(issue.created);
  return !(age >= 0 && age < SEARCH_INDEX_LAG_MS);
}
