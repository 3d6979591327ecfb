import * as z from 'zod/mini';
import { jiraApiUrl, type HttpRequest } from './http-request.ts';
import { issueErrorFromResponse } from './issue-error.ts';
import { toUserRef, userSchema } from './issue-parts.ts';
import { nextStartAt } from './paging.ts';
import { processJsonResponse } from './process-json.ts';
import type { CommentPage, CommentView } from './views/comment.ts';

export type { CommentPage, CommentView };

// An issue's comments: GET /rest/api/3/issue/{issueIdOrKey}/comment (OpenAPI getComments →
// PageOfComments) and POST to the same path (addComment, body Comment → 201 Comment). Both need
// the classic scopes the extension asks for: read:jira-work to read, write:jira-work to add
// (lib/ATLASSIAN.md#scopes, lib/auth/scopes.ts).
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-get
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-post

/** Comments per page: the latest few show with the issue, "Show older" asks for the next. */
export const COMMENT_PAGE_SIZE = 5;

export function getCommentsRequest(cloudId: string, issueKeyOrId: string, startAt = 0, maxResults = COMMENT_PAGE_SIZE): HttpRequest {
  return {
    method: 'GET',
    // `-created`: newest first, the only order getComments offers besides oldest first.
    url: jiraApiUrl(cloudId, `issue/${encodeURIComponent(issueKeyOrId)}/comment`, {
      orderBy: '-created',
      startAt: String(startAt),
      maxResults: String(maxResults),
    }),
    idempotent: true,
  };
}

const commentSchema = z.object({
  id: z.string(),
  author: z.optional(userSchema),
  // ADF; checked by the renderer, which knows its node types.
  body: z.optional(z.unknown()),
  created: z.string(),
});

const pageSchema = z.object({
  startAt: z.number(),
  maxResults: z.optional(z.number()),
  total: z.optional(z.number()),
  comments: z.array(commentSchema),
});

function toComment(raw: z.infer<typeof commentSchema>): CommentView {
  return { id: raw.id, ...(raw.author ? { author: toUserRef(raw.author) } : {}), body: raw.body ?? null, created: raw.created };
}

/** 200 PageOfComments; 404 → `issue_not_found`. */
export async function processGetCommentsResponse(response: Response): Promise<CommentPage> {
  if (!response.ok) throw await issueErrorFromResponse(response);
  const page = await processJsonResponse(response, pageSchema, 'the comments');
  const next = nextStartAt({ startAt: page.startAt, count: page.comments.length, maxResults: page.maxResults, total: page.total });
  return {
    comments: page.comments.map(toComment),
    ...(page.total !== undefined ? { total: page.total } : {}),
    ...(next !== undefined ? { nextStartAt: next } : {}),
  };
}

/** An ADF document (lib/adf/schema.ts AdfDoc is one); Jira checks its nodes. */
export interface CommentBody {
  type: 'doc';
  version: 1;
  content: unknown[];
}

export function addCommentRequest(cloudId: string, issueKeyOrId: string, body: CommentBody): HttpRequest {
  return {
    method: 'POST',
    url: jiraApiUrl(cloudId, `issue/${encodeURIComponent(issueKeyOrId)}/comment`),
    body: { body },
    // Each POST adds a comment: sent again, the comment would show twice (RFC 9110 §9.2.2).
    idempotent: false,
  };
}

/** 201 Comment. 400 → `jira_rejected` (Jira's reason in `fieldErrors.comment`), 404 →
 *  `issue_not_found`, 403 → `permission_denied` (no Add comments permission). */
export async function processAddCommentResponse(response: Response): Promise<CommentView> {
  if (!response.ok) throw await issueErrorFromResponse(response);
  return toComment(await processJsonResponse(response, commentSchema, 'the new comment'));
}
