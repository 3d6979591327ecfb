// A watch's one search per poll: POST /rest/api/3/search/jql with only the fields a notification
// needs, and the changelog, which says who made each change (newest first) without a request per
// issue. https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post
import * as z from 'zod/mini';
import { jiraApiUrl, type HttpRequest } from '../jira/http-request.ts';
import { processJsonResponse } from '../jira/process-json.ts';

/** One page; a busier window is taken up by the next poll, from the last issue's time. */
export const POLL_PAGE_SIZE = 50;
export const POLL_FIELDS = ['summary', 'updated', 'created', 'reporter', 'project'] as const;

export function pollRequest(cloudId: string, jql: string): HttpRequest {
  return {
    method: 'POST',
    url: jiraApiUrl(cloudId, 'search/jql'),
    body: { jql, fields: [...POLL_FIELDS], expand: 'changelog', maxResults: POLL_PAGE_SIZE },
    idempotent: true,
  };
}

const personSchema = z.object({ accountId: z.string(), displayName: z.optional(z.string()) });

const historySchema = z.object({
  id: z.string(),
  author: z.optional(personSchema),
  created: z.string(),
});

const issueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    summary: z.string(),
    updated: z.string(),
    created: z.string(),
    reporter: z.nullish(personSchema),
    project: z.object({ key: z.string(), name: z.optional(z.string()) }),
  }),
  changelog: z.optional(z.object({ histories: z.optional(z.array(historySchema)) })),
});

const pageSchema = z.object({
  issues: z.array(issueSchema),
  nextPageToken: z.nullish(z.string()),
  isLast: z.optional(z.boolean()),
});

export interface Person {
  accountId: string;
  name: string;
}

export interface PolledIssue {
  id: string;
  key: string;
  summary: string;
  projectKey: string;
  /** ms */
  updated: number;
  /** Jira's own text of `updated`, which marks what was seen. */
  updatedText: string;
  created: number;
  reporter?: Person;
  /** Field changes, newest first. */
  histories: { author?: Person; created: number }[];
}

export interface PollPage {
  issues: PolledIssue[];
  /** More changed than one page holds. */
  full: boolean;
}

const person = (p: z.infer<typeof personSchema> | null | undefined): Person | undefined =>
  p ? { accountId: p.accountId, name: p.displayName ?? p.accountId } : undefined;

export async function processPollResponse(response: Response): Promise<PollPage> {
  const page = await processJsonResponse(response, pageSchema, 'the watch search');
  const issues = page.issues.map((raw): PolledIssue => {
    const reporter = person(raw.fields.reporter);
    return {
      id: raw.id,
      key: raw.key,
      summary: raw.fields.summary,
      projectKey: raw.fields.project.key,
      updated: Date.parse(raw.fields.updated),
      updatedText: raw.fields.updated,
      created: Date.parse(raw.fields.created),
      ...(reporter ? { reporter } : {}),
      histories: (raw.changelog?.histories ?? []).map((h) => {
        const author = person(h.author);
        return { ...(author ? { author } : {}), created: Date.parse(h.created) };
      }),
    };
  });
  return { issues, full: Boolean(page.nextPageToken) && page.isLast !== true };
}
