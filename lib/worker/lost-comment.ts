// After a comment whose answer never came: did Jira add it? A comment is never sent again by itself
// (a second POST would add it twice; lib/jira/rate-limit.ts). Instead the latest comments
// are read, as creates are looked up (lost-create.ts): one by the signed-in user, with exactly the
// body sent, made since the send started, is the comment. Comments are read from the issue itself,
// not from the search index, so one read sees a comment Jira has stored.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-get
import { getCommentsRequest, processGetCommentsResponse } from '../jira/comments.ts';
import { sameJson } from '../jira/fields/same-json.ts';
import type { CommentView } from '../jira/views/comment.ts';
import type { StorageArea } from '../storage/area.ts';
import { CLOCK_SKEW_MS } from './lost-create.ts';
import type { Send } from './session.ts';
import { watchAccountId } from './watch-account.ts';

export interface LostComment {
  profileId: string;
  siteId: string;
  key: string;
  /** The ADF document sent. */
  body: unknown;
  /** When the POST was sent, by the browser's clock. */
  sentAt: number;
}

/** The comment Jira added, or undefined when none is found or the check itself fails. */
export async function findLostComment(local: StorageArea, send: Send, lost: LostComment): Promise<CommentView | undefined> {
  try {
    const me = await watchAccountId(local, lost.profileId, send, lost.siteId);
    const { comments } = await processGetCommentsResponse(await send(getCommentsRequest(lost.siteId, lost.key, 0)));
    return comments.find((comment) => {
      const created = Date.parse(comment.created);
      const recent = !Number.isFinite(created) || created >= lost.sentAt - CLOCK_SKEW_MS;
      return recent && comment.author?.accountId === me && sameJson(comment.body, lost.body);
    });
  } catch {
    return undefined;
  }
}
