// GET /rest/api/3/myself (spec: getCurrentUser → User): the signed-in user.
import type { RequestContext, Reply } from '../types.ts';
import { queryList, siteOf, userOf } from './context.ts';
import { userJson } from './view-config.ts';

export function getMyself(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const expand = new Set(queryList(ctx.query, 'expand'));
  const body: Record<string, unknown> = { ...userJson(site, userOf(ctx)), locale: 'en_US' };
  if (expand.has('groups')) body.groups = { size: 1, items: [{ name: 'jira-software-users' }] };
  if (expand.has('applicationRoles')) body.applicationRoles = { size: 1, items: [] };
  return { status: 200, body };
}
