// Jira's REST date formats. Timestamps are written like `2026-11-20T10:15:30.000+0000` (spec
// examples for `created`/`updated`, e.g. the getIssue example's comment dates), dates like
// `2026-11-20` (`duedate`, JsonTypeBean type `date`).

/** `2026-11-20T10:15:30.000+0000` for a time in milliseconds, always in UTC. */
export function jiraDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/** `2026-11-20` for a time in milliseconds (UTC). */
export function jiraDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Milliseconds for a Jira timestamp, or NaN. */
export function parseJiraDateTime(value: string): number {
  return Date.parse(value);
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isJiraDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && jiraDate(ms) === value;
}
