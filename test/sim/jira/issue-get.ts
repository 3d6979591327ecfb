// GET /rest/api/3/issue/{issueIdOrKey} (spec: getIssue): all fields by default, `fields` and
// `expand` as documented; 404 with Jira's text for an unknown or invisible issue.
import type { RequestContext, Reply } from '../types.ts';
import { queryList, siteOf, userOf } from './context.ts';
import { issueNotFound } from './errors.ts';
import { parseFieldSelection } from './field-selection.ts';
import { parseExpand, renderIssue } from './issue-view.ts';
import { findIssue } from './lookup.ts';

export function getIssue(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const issue = findIssue(site, ctx.params.issueIdOrKey ?? '');
  if (!issue) return issueNotFound();
  const fields = parseFieldSelection(queryList(ctx.query, 'fields'), '*all');
  const expand = parseExpand(queryList(ctx.query, 'expand'));
  return { status: 200, body: renderIssue(site, ctx.state.users, userOf(ctx), issue, { fields, expand }) };
}
