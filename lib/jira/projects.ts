import * as z from 'zod/mini';
import { jiraApiUrl, type HttpRequest } from './http-request.ts';
import { projectRefSchema, toProjectRef, type ProjectRef } from './issue-parts.ts';
import { nextStartAt } from './paging.ts';
import { processJsonResponse } from './process-json.ts';

// GET /rest/api/3/project/search (OpenAPI operation searchProjects → PageBeanProject).
// `action=create` keeps only projects the user may create issues in, so the create form never
// offers a project Jira would refuse; `query` matches key or name, case-insensitively.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-search-get

export const PROJECTS_PAGE_SIZE = 50;

export function projectsRequest(cloudId: string, options: { query?: string; startAt?: number } = {}): HttpRequest {
  const query = options.query?.trim();
  return {
    method: 'GET',
    url: jiraApiUrl(cloudId, 'project/search', {
      action: 'create',
      ...(query ? { query } : {}),
      startAt: String(options.startAt ?? 0),
      maxResults: String(PROJECTS_PAGE_SIZE),
      // By name, as the picker lists them; Jira's default is by key.
      orderBy: 'name',
    }),
    idempotent: true,
  };
}

const pageSchema = z.object({
  values: z.array(projectRefSchema),
  startAt: z.optional(z.number()),
  maxResults: z.optional(z.number()),
  total: z.optional(z.number()),
  isLast: z.optional(z.boolean()),
});

export interface ProjectsPage {
  projects: ProjectRef[];
  isLast: boolean;
  /** Where the next page starts, when there is one. */
  nextStartAt?: number;
}

export async function processProjectsResponse(response: Response): Promise<ProjectsPage> {
  const page = await processJsonResponse(response, pageSchema, 'the list of projects');
  const next = nextStartAt({ ...page, startAt: page.startAt ?? 0, count: page.values.length });
  return {
    projects: page.values.map(toProjectRef),
    isLast: next === undefined,
    ...(next === undefined ? {} : { nextStartAt: next }),
  };
}
