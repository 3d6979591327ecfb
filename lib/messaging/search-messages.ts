// Finding issues by JQL, and the site's recent searches. Pages load the reply schemas with the Find
// section (later-messages.ts).
import * as z from 'zod/mini';
import { searchPageSchema } from '../jira/views/search.ts';

/** A Jira site's cloudId (accessible-resources `id`). */
const siteId = z.string().check(z.minLength(1));

export const searchMessages = {
  /** One page of results; pass the previous page's `nextPageToken` for the next. */
  'issues.search': {
    request: z.object({ siteId, jql: z.string().check(z.minLength(1)), nextPageToken: z.optional(z.string()) }),
    reply: searchPageSchema,
  },
  /** The site's last searches, newest first. */
  'search.recent': { request: z.object({ siteId }), reply: z.object({ queries: z.array(z.string()) }) },
} as const;
