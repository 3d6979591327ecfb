// The site's projects, to compare with the last snapshot: GET /rest/api/3/project/search (every
// project the user may browse), by id, with the lead, a page at a time.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-search-get
import * as z from 'zod/mini';
import { jiraApiUrl, type HttpRequest } from '../jira/http-request.ts';
import { processJsonResponse } from '../jira/process-json.ts';

export const PROJECTS_POLL_PAGE = 100;
/** A site with more projects is compared on its first pages only. */
export const MAX_PROJECT_PAGES = 5;

export function projectSnapshotRequest(cloudId: string, startAt: number): HttpRequest {
  return {
    method: 'GET',
    url: jiraApiUrl(cloudId, 'project/search', { startAt: String(startAt), maxResults: String(PROJECTS_POLL_PAGE), orderBy: 'key', expand: 'lead' }),
    idempotent: true,
  };
}

export const projectEntrySchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  lead: z.optional(z.string()),
});
export type ProjectEntry = z.infer<typeof projectEntrySchema>;

const pageSchema = z.object({
  values: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      name: z.string(),
      lead: z.optional(z.object({ accountId: z.string() })),
    }),
  ),
  isLast: z.optional(z.boolean()),
});

export async function processProjectSnapshotResponse(response: Response): Promise<{ projects: ProjectEntry[]; isLast: boolean }> {
  const page = await processJsonResponse(response, pageSchema, 'the projects');
  return {
    projects: page.values.map((p) => ({ id: p.id, key: p.key, name: p.name, ...(p.lead ? { lead: p.lead.accountId } : {}) })),
    isLast: page.isLast !== false || page.values.length < PROJECTS_POLL_PAGE,
  };
}
