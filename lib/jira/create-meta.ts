import * as z from 'zod/mini';
import { rawFieldMetaSchema, toFieldMeta, type FieldMeta } from './field-meta.ts';
import { jiraApiUrl, type HttpRequest } from './http-request.ts';
import { httpsOnly } from './issue-parts.ts';
import { nextStartAt } from './paging.ts';
import { processJsonResponse } from './process-json.ts';

// Create metadata, one project and issue type at a time (OpenAPI operations
// getCreateIssueMetaIssueTypes and getCreateIssueMetaIssueTypeId). The old all-in-one
// GET /rest/api/3/issue/createmeta is deprecated (CHANGE-1304). Both answers are paged with
// startAt / maxResults / total; the processors say where the next page starts.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-get

/** Jira's default page; the spec allows up to 200. */
export const CREATE_META_PAGE_SIZE = 50;

interface PageOptions {
  startAt?: number;
  maxResults?: number;
}

function pageQuery(options: PageOptions): Record<string, string> {
  return { startAt: String(options.startAt ?? 0), maxResults: String(options.maxResults ?? CREATE_META_PAGE_SIZE) };
}

function projectPath(projectIdOrKey: string): string {
  return `issue/createmeta/${encodeURIComponent(projectIdOrKey)}/issuetypes`;
}

export function createMetaIssueTypesRequest(cloudId: string, projectIdOrKey: string, options: PageOptions = {}): HttpRequest {
  return { method: 'GET', url: jiraApiUrl(cloudId, projectPath(projectIdOrKey), pageQuery(options)), idempotent: true };
}

export function createMetaFieldsRequest(
  cloudId: string,
  projectIdOrKey: string,
  issueTypeId: string,
  options: PageOptions = {},
): HttpRequest {
  const path = `${projectPath(projectIdOrKey)}/${encodeURIComponent(issueTypeId)}`;
  return { method: 'GET', url: jiraApiUrl(cloudId, path, pageQuery(options)), idempotent: true };
}

const pageFields = {
  startAt: z.optional(z.number()),
  maxResults: z.optional(z.number()),
  total: z.optional(z.number()),
};

const issueTypesPageSchema = z.object({
  ...pageFields,
  issueTypes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      subtask: z.optional(z.boolean()),
      iconUrl: z.optional(z.string()),
      description: z.optional(z.string()),
      hierarchyLevel: z.optional(z.number()),
    }),
  ),
});

export interface CreateMetaIssueType {
  id: string;
  name: string;
  subtask: boolean;
  iconUrl?: string | undefined;
  description?: string | undefined;
  /** 1 epic, 0 standard, -1 sub-task. */
  hierarchyLevel?: number | undefined;
}

export async function processCreateMetaIssueTypesResponse(
  response: Response,
): Promise<{ issueTypes: CreateMetaIssueType[]; nextStartAt?: number }> {
  const page = await processJsonResponse(response, issueTypesPageSchema, 'the issue types of the project');
  const next = nextStartAt({ ...page, startAt: page.startAt ?? 0, count: page.issueTypes.length });
  const issueTypes = page.issueTypes.map(({ iconUrl, description, hierarchyLevel, ...t }) => {
    const icon = httpsOnly(iconUrl);
    return {
      id: t.id,
      name: t.name,
      subtask: t.subtask ?? false,
      ...(icon ? { iconUrl: icon } : {}),
      ...(description ? { description } : {}),
      ...(hierarchyLevel === undefined ? {} : { hierarchyLevel }),
    };
  });
  return { issueTypes, ...(next === undefined ? {} : { nextStartAt: next }) };
}

// PageOfCreateMetaIssueTypeWithField names the list both `fields` and `results`.
const fieldsPageSchema = z.object({
  ...pageFields,
  fields: z.optional(z.array(rawFieldMetaSchema)),
  results: z.optional(z.array(rawFieldMetaSchema)),
});

export async function processCreateMetaFieldsResponse(
  response: Response,
): Promise<{ fields: FieldMeta[]; nextStartAt?: number }> {
  const page = await processJsonResponse(response, fieldsPageSchema, 'the fields of the issue type');
  const raw = page.fields ?? page.results ?? [];
  const next = nextStartAt({ ...page, startAt: page.startAt ?? 0, count: raw.length });
  return { fields: raw.map((f) => toFieldMeta(f)), ...(next === undefined ? {} : { nextStartAt: next }) };
}
