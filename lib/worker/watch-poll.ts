// One watch's poll: its one search, then the comments of the issues that changed (for watches
// that want comments, at most MAX_COMMENT_READS); or, the first time, only a mark to start from.
import { newestCommentsRequest, processCommentsResponse, type PolledComment } from '../watch/comments-request.ts';
import { baselineMark, diffComments, diffIssues } from '../watch/diff.ts';
import type { WatchEvent } from '../watch/events.ts';
import { pollJql } from '../watch/jql.ts';
import type { WatchMark } from '../watch/mark.ts';
import { pollRequest, processPollResponse } from '../watch/poll-request.ts';
import type { Watch } from '../watch/settings.ts';
import type { Send } from './session.ts';

export const MAX_COMMENT_READS = 10;

/** One tick's comment reads, by site and issue: an issue two watches find is read once. */
export type CommentReads = Map<string, Promise<PolledComment[]>>;

export async function pollWatch(
  send: Send,
  watch: Watch,
  mark: WatchMark | undefined,
  me: string,
  now: number,
  reads: CommentReads = new Map(),
): Promise<{ events: WatchEvent[]; mark: WatchMark }> {
  if (!mark || mark.jql !== watch.jql || mark.siteId !== watch.siteId) {
    return { events: [], mark: baselineMark(watch.siteId, watch.jql, now) };
  }
  const page = await processPollResponse(await send(pollRequest(watch.siteId, pollJql(watch.jql, mark.since))));
  const diff = diffIssues(mark, page, me, watch.events);
  const events = [...diff.events];
  for (const { issue, after } of diff.commentChecks.slice(-MAX_COMMENT_READS)) {
    const id = `${watch.siteId}:${issue.key}`;
    let read = reads.get(id);
    if (!read) {
      read = send(newestCommentsRequest(watch.siteId, issue.key)).then(processCommentsResponse);
      reads.set(id, read);
    }
    const comments = await read;
    events.push(...diffComments(diff.mark, issue, after, comments, me));
  }
  return { events, mark: diff.mark };
}
