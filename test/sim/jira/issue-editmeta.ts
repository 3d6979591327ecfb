// GET /rest/api/3/issue/{issueIdOrKey}/editmeta (spec: getEditIssueMeta): the fields PUT accepts.
import type { RequestContext, Reply } from '../types.ts';
import { siteOf } from './context.ts';
import { issueNotFound } from './errors.ts';
import { editMetadata } from './field-meta.ts';
import { findIssue, issueTypeOf, projectOf } from './lookup.ts';

export function getEditMeta(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const issue = findIssue(site, ctx.params.issueIdOrKey ?? '');
  if (!issue) return issueNotFound();
  return { status: 200, body: editMetadata({ site, project: projectOf(site, issue), issueType: issueTypeOf(site, issue), issueKey: issue.key }) };
}
