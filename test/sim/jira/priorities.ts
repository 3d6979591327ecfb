// GET /rest/api/3/priority (spec: getPriorities, deprecated in favour of priority/search): the
// site's priorities with Jira's colours.
import type { RequestContext, Reply } from '../types.ts';
import { siteOf } from './context.ts';
import { priorityJson } from './view-config.ts';

const COLOURS: Record<string, string> = { Highest: '#d04437', High: '#f15C75', Medium: '#f79232', Low: '#707070', Lowest: '#999999' };

export function getPriorities(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  return {
    status: 200,
    body: site.priorities.map((p) => ({ ...priorityJson(site, p), description: p.name, statusColor: COLOURS[p.name] ?? '#707070' })),
  };
}
