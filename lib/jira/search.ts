import * as z from 'zod/mini';
import { jiraApiUrl, type HttpRequest } from './http-request.ts';
import {
  issueTypeSchema,
  prioritySchema,
  statusSchema,
  toIssueType,
  toPriority,
  toStatus,
  toUserRef,
  userSchema,
} from './issue-parts.ts';
import { processJsonResponse } from './process-json.ts';
import type { IssueSummary } from './views/issue.ts';
import type { SearchPage } from './views/search.ts';

export type { IssueSummary, SearchPage };

// POST /rest/api/3/search/jql (OpenAPI operation searchAndReconsileIssuesUsingJqlPost →
// SearchAndReconcileResults). The old /rest/api/3/search is gone (410, CHANGE-2046). Differences
// that matter: `fields` defaults to the id only, so they are always named; there is no `total`,
// pages follow `nextPageToken` until `isLast`; the JQL must be bounded (a project, a date...);
// results lag fresh writes unless their ids are passed in `reconcileIssues` (at most 50).
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post

/** The fields of a result row. */
export const SEARCH_FIELDS = ['summary', 'status', 'issuetype', 'priority', 'assignee', 'updated'] as const;

/** Issues per page: the most Jira returns with fields requested (it may return fewer, and says so
 *  with nextPageToken); fewer round trips for "Load more". The default would be 50. */
export const SEARCH_PAGE_SIZE = 100;

export interface SearchOptions {
  jql: string;
  maxResults?: number;
  nextPageToken?: string;
  /** Ids of issues this user just created or changed, so the answer includes them (≤ 50). */
  reconcileIssues?: string[];
}

export function searchRequest(cloudId: string, options: SearchOptions): HttpRequest {
  const reconcile = options.reconcileIssues?.map(Number).filter(Number.isSafeInteger) ?? [];
  return {
    method: 'POST',
    url: jiraApiUrl(cloudId, 'search/jql'),
    body: {
      jql: options.jql,
      fields: [...SEARCH_FIELDS],
      maxResults: options.maxResults ?? SEARCH_PAGE_SIZE,
      ...(options.nextPageToken ? { nextPageToken: options.nextPageToken } : {}),
      // int64 ids in the spec; Jira writes issue ids as strings elsewhere.
      ...(reconcile.length > 0 ? { reconcileIssues: reconcile } : {}),
    },
    // A POST only because a long JQL does not fit a URL: it reads and changes nothing, so it may
    // be sent again (Atlassian offers the same search as GET).
    idempotent: true,
  };
}

export const searchIssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    summary: z.string(),
    status: statusSchema,
    issuetype: issueTypeSchema,
    priority: z.nullish(prioritySchema),
    assignee: z.nullish(userSchema),
    updated: z.string(),
  }),
});

const resultsSchema = z.object({
  issues: z.array(searchIssueSchema),
  // Null or missing on the last page.
  nextPageToken: z.nullish(z.string()),
  isLast: z.optional(z.boolean()),
});

export function toIssueSummary(raw: z.infer<typeof searchIssueSchema>): IssueSummary {
  const f = raw.fields;
  return {
    id: raw.id,
    key: raw.key,
    summary: f.summary,
    status: toStatus(f.status),
    issuetype: toIssueType(f.issuetype),
    ...(f.priority ? { priority: toPriority(f.priority) } : {}),
    ...(f.assignee ? { assignee: toUserRef(f.assignee) } : {}),
    updated: f.updated,
  };
}

/** A JQL error (400) arrives as `jira_rejected` with Jira's own message, which names the problem. */
export async function processSearchResponse(response: Response): Promise<SearchPage> {
  const page = await processJsonResponse(response, resultsSchema, 'the search');
  const token = page.nextPageToken ?? undefined;
  // Without a token there is no next page to ask for, whatever isLast says.
  const isLast = token === undefined || page.isLast === true;
  return {
    issues: page.issues.map(toIssueSummary),
    ...(isLast ? {} : { nextPageToken: token }),
    isLast,
  };
}
