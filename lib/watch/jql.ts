// The JQL of a watch's poll: the user's filter, bounded by the last time seen, oldest first.
import { jqlString } from '../jira/jql-text.ts';

/** The filters offered on the options page. `currentUser()` is whoever signs in, so a preset is
 *  the same text for every site. https://support.atlassian.com/jira-software-cloud/docs/jql-functions/#currentUser-- */
export const WATCH_PRESETS = {
  assigned: 'assignee = currentUser()',
  reported: 'reporter = currentUser()',
  watching: 'watcher = currentUser()',
} as const;

export const projectFilter = (projectKey: string): string => `project = ${jqlString(projectKey)}`;

/** The filter without a trailing ORDER BY clause (the poll sets its own order). */
export function withoutOrder(jql: string): string {
  return jql.replace(/\s*\bORDER\s+BY\s+[^"']*$/i, '').trim();
}

/**
 * `(<filter>) AND updated >= <ms> ORDER BY updated ASC`. A number in a date clause is read as
 * milliseconds since the epoch, so the bound is exact and needs no time zone (a `yyyy-MM-dd HH:mm`
 * literal would be read in the user's Jira time zone, to the minute): lib/ATLASSIAN.md, "Changes
 * since a time".
 * Oldest first, so when more changed than one page holds, the next poll goes on from the last one.
 */
export function pollJql(filter: string, sinceMs: number): string {
  return `(${withoutOrder(filter)}) AND updated >= ${Math.floor(sinceMs)} ORDER BY updated ASC`;
}
