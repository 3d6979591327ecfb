// POST /rest/api/3/search/approximate-count (spec: countIssues → JQLCountResultsBean `{count}`):
// how many issues a bounded JQL query matches, read from the same lagging index as search/jql.
import type { RequestContext, Reply } from '../types.ts';
import { JqlError, UNBOUNDED_QUERY_MESSAGE, compileJql } from '../jql/index.ts';
import { isRecord, siteOf, userOf } from './context.ts';
import { jiraError } from './errors.ts';
import { isIndexed } from './search-consistency.ts';

export function approximateCount(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const jql = isRecord(ctx.body) && typeof ctx.body.jql === 'string' ? ctx.body.jql : '';
  const now = ctx.state.now();
  try {
    const compiled = compileJql(jql, { site, currentAccountId: userOf(ctx).accountId, now, users: ctx.state.users });
    if (!compiled.bounded) return jiraError(400, [UNBOUNDED_QUERY_MESSAGE]);
    const count = [...site.issues.values()].filter((i) => isIndexed(i, now) && compiled.matches(i)).length;
    return { status: 200, body: { count } };
  } catch (error) {
    if (error instanceof JqlError) return jiraError(400, [error.message]);
    throw error;
  }
}
