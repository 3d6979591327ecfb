// The newest comments of an issue whose `updated` moved, asked only for changed issues of watches
// that want comments: the issue view's request and schema (lib/jira/comments.ts), one page of
// COMMENTS_PAGE_SIZE, newest first, cut down to what a notification needs.
import { getCommentsRequest, processGetCommentsResponse } from '../jira/comments.ts';
import type { HttpRequest } from '../jira/http-request.ts';
import type { Person } from './poll-request.ts';

export const COMMENTS_PAGE_SIZE = 20;

export const newestCommentsRequest = (cloudId: string, issueKey: string): HttpRequest =>
  getCommentsRequest(cloudId, issueKey, 0, COMMENTS_PAGE_SIZE);

export interface PolledComment {
  id: string;
  author?: Person;
  created: number;
}

export async function processCommentsResponse(response: Response): Promise<PolledComment[]> {
  const page = await processGetCommentsResponse(response);
  return page.comments.map((c) => ({
    id: c.id,
    ...(c.author ? { author: { accountId: c.author.accountId, name: c.author.displayName } } : {}),
    created: Date.parse(c.created),
  }));
}
