// The newest comments of an issue whose `updated` moved: GET /rest/api/3/issue/{key}/comment,
// newest first, one page. Asked only for changed issues of watches that want comments.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-get
import * as z from 'zod/mini';
import { jiraApiUrl, type HttpRequest } from '../jira/http-request.ts';
import { processJsonResponse } from '../jira/process-json.ts';
import type { Person } from './poll-request.ts';

export const COMMENTS_PAGE_SIZE = 20;

export function newestCommentsRequest(cloudId: string, issueKey: string): HttpRequest {
  return {
    method: 'GET',
    url: jiraApiUrl(cloudId, `issue/${encodeURIComponent(issueKey)}/comment`, {
      orderBy: '-created',
      maxResults: String(COMMENTS_PAGE_SIZE),
    }),
    idempotent: true,
  };
}

const pageSchema = z.object({
  comments: z.array(
    z.object({
      id: z.string(),
      author: z.optional(z.object({ accountId: z.string(), displayName: z.optional(z.string()) })),
      created: z.string(),
    }),
  ),
});

export interface PolledComment {
  id: string;
  author?: Person;
  created: number;
}

export async function processCommentsResponse(response: Response): Promise<PolledComment[]> {
  const page = await processJsonResponse(response, pageSchema, 'the comments');
  return page.comments.map((c) => ({
    id: c.id,
    ...(c.author ? { author: { accountId: c.author.accountId, name: c.author.displayName ?? c.author.accountId } } : {}),
    created: Date.parse(c.created),
  }));
}
