// Finding issues (search-messages.ts): one page of a JQL search, and the site's recent searches.
import { processSearchResponse, searchRequest } from '../jira/search.ts';
import type { Handlers } from '../messaging/server.ts';
import { readRecentQueries, rememberQuery } from '../storage/recent-queries.ts';
import type { IssueContext } from './jira-context.ts';

type SearchHandlers = Pick<Handlers, 'issues.search' | 'search.recent'>;

export function createSearchHandlers(ctx: IssueContext): SearchHandlers {
  const { deps } = ctx;
  return {
    'issues.search': async ({ siteId, jql, nextPageToken }) => {
      const call = await ctx.jira();
      const page = await processSearchResponse(
        await call.send(searchRequest(siteId, { jql, ...(nextPageToken ? { nextPageToken } : {}) })),
      );
      // Remembered once per search, on its first page, and only when Jira accepted the JQL.
      if (!nextPageToken) await rememberQuery(deps.local, siteId, jql).catch(() => {});
      return page;
    },

    'search.recent': async ({ siteId }) => ({ queries: await readRecentQueries(deps.local, siteId) }),
  };
}
