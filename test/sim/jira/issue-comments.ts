// GET and POST /rest/api/3/issue/{issueIdOrKey}/comment (spec: getComments → PageOfComments,
// addComment → 201 Comment). Bodies are ADF.
import type { RequestContext, Reply } from '../types.ts';
import { isRecord, page, queryInt, siteOf, userOf } from './context.ts';
import { isAdfDocument } from './adf.ts';
import { ADF_REQUIRED, fieldErrors, issueNotFound, jiraError } from './errors.ts';
import { addComment } from './comment-store.ts';
import { findIssue } from './lookup.ts';
import { commentJson } from './view-comment.ts';

export function getComments(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const issue = findIssue(site, ctx.params.issueIdOrKey ?? '');
  if (!issue) return issueNotFound();
  const orderBy = (ctx.query.get('orderBy') ?? 'created').trim();
  if (!/^[+-]?created$/.test(orderBy)) return jiraError(400, [`The field to order by must be one of [created]. Instead: ${orderBy}`]);
  const list = [...issue.comments].sort((a, b) => Date.parse(a.created) - Date.parse(b.created) || Number(a.id) - Number(b.id));
  if (orderBy.startsWith('-')) list.reverse();
  // Jira caps a comment page at 100 (spec default maxResults 100).
  const p = page(list, queryInt(ctx.query, 'startAt', 0), Math.min(Math.max(queryInt(ctx.query, 'maxResults', 100), 1), 100));
  return {
    status: 200,
    body: {
      startAt: p.startAt,
      maxResults: p.maxResults,
      total: list.length,
      comments: p.slice.map((c) => commentJson(site, ctx.state.users, issue, c)),
    },
  };
}

export function postComment(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const issue = findIssue(site, ctx.params.issueIdOrKey ?? '');
  if (!issue) return issueNotFound();
  const body = isRecord(ctx.body) ? ctx.body.body : undefined;
  if (body === undefined || body === null || body === '') return fieldErrors({ comment: 'Comment body can not be empty!' });
  if (!isAdfDocument(body)) return fieldErrors({ comment: ADF_REQUIRED });
  const comment = addComment(site, issue, userOf(ctx), body, ctx.state.now());
  return { status: 201, body: commentJson(site, ctx.state.users, issue, comment) };
}
