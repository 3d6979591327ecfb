// From one poll's answer to the events worth a notification, and the watch's next mark. An issue
// counts once per `updated` time; the user's own changes are marked seen and not reported.
import type { PolledComment } from './comments-request.ts';
import type { WatchEvent } from './events.ts';
import type { WatchMark } from './mark.ts';
import type { PolledIssue, PollPage } from './poll-request.ts';
import type { WatchEvents } from './settings.ts';

/** Each search reaches this far behind the newest change seen: Jira's index may show a change a
 *  little after its `updated` time ("recent updates might not be immediately visible").
 *  https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post */
export const OVERLAP_MS = 2 * 60_000;

export interface IssueDiff {
  events: WatchEvent[];
  /** Changed issues whose comments should be read (when the watch wants comments). */
  commentChecks: { issue: PolledIssue; after: number }[];
  mark: WatchMark;
}

/** A first mark: nothing before `now` is news. */
export function baselineMark(siteId: string, jql: string, now: number): WatchMark {
  return { siteId, jql, since: now, seen: {}, comments: {} };
}

export function diffIssues(mark: WatchMark, page: PollPage, me: string, wanted: WatchEvents): IssueDiff {
  const events: WatchEvent[] = [];
  const commentChecks: IssueDiff['commentChecks'] = [];
  const seen = { ...mark.seen };
  for (const issue of page.issues) {
    const before = mark.seen[issue.id];
    if (before === issue.updatedText) continue;
    seen[issue.id] = issue.updatedText;
    const base = { siteId: mark.siteId, key: issue.key, projectKey: issue.projectKey, title: issue.summary };
    if (before === undefined && issue.created >= mark.since) {
      if (wanted.created && issue.reporter?.accountId !== me) {
        events.push({ ...base, id: `${mark.siteId}:${issue.id}:created`, kind: 'created', at: issue.created, ...by(issue.reporter) });
      }
      continue;
    }
    const after = before === undefined ? mark.since : Date.parse(before);
    const others = issue.histories.filter((h) => h.created > after && h.author?.accountId !== me);
    const latest = others[0];
    if (wanted.updated && latest) {
      events.push({ ...base, id: `${mark.siteId}:${issue.id}:updated:${issue.updatedText}`, kind: 'updated', at: latest.created, ...by(latest.author) });
    }
    if (wanted.commented) commentChecks.push({ issue, after });
  }
  const newest = page.issues.reduce((max, i) => Math.max(max, i.updated), 0);
  const last = page.issues.at(-1);
  // A full page goes on from its last issue; otherwise the bound trails the newest change.
  const since = page.full && last ? Math.max(mark.since, last.updated) : Math.max(mark.since, newest - OVERLAP_MS);
  return { events, commentChecks, mark: { ...mark, since, seen: prune(seen, page.issues, since), comments: pruneComments(mark.comments, since) } };
}

/** New comments by others on one changed issue; their ids are added to `mark.comments`. */
export function diffComments(mark: WatchMark, issue: PolledIssue, after: number, comments: PolledComment[], me: string): WatchEvent[] {
  const events: WatchEvent[] = [];
  for (const c of comments) {
    if (c.created <= after || c.id in mark.comments) continue;
    mark.comments[c.id] = c.created;
    if (c.author?.accountId === me) continue;
    events.push({
      id: `${mark.siteId}:comment:${c.id}`,
      kind: 'commented',
      siteId: mark.siteId,
      key: issue.key,
      projectKey: issue.projectKey,
      title: issue.summary,
      at: c.created,
      ...by(c.author),
    });
  }
  return events;
}

function by(person: { name: string } | undefined): { by?: string } {
  return person ? { by: person.name } : {};
}

/** Only issues the next search can return again need remembering. */
function prune(seen: Record<string, string>, polled: PolledIssue[], since: number): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [id, updated] of Object.entries(seen)) {
    if (Date.parse(updated) >= since || polled.some((i) => i.id === id && i.updated >= since)) kept[id] = updated;
  }
  return kept;
}

function pruneComments(comments: Record<string, number>, since: number): Record<string, number> {
  return Object.fromEntries(Object.entries(comments).filter(([, created]) => created >= since - OVERLAP_MS));
}
