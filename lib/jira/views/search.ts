// A page of search results as the Find section shows it (lib/jira/search.ts makes it from Jira's
// SearchAndReconcileResults).
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post
import * as z from 'zod/mini';
import { issueSummarySchema } from './issue.ts';

export const searchPageSchema = z.object({
  issues: z.array(issueSummarySchema),
  /** Absent on the last page. */
  nextPageToken: z.optional(z.string()),
  isLast: z.boolean(),
});
export type SearchPage = z.infer<typeof searchPageSchema>;
