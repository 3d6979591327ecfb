// What the create form is built from, read from Jira page by page: the projects one may create
// in, a project's issue types, and an issue type's create screen. The handlers cache each per site
// (create-meta-handlers.ts).
import * as z from 'zod/mini';
import {
  createMetaFieldsRequest,
  createMetaIssueTypesRequest,
  processCreateMetaFieldsResponse,
  processCreateMetaIssueTypesResponse,
  type CreateMetaIssueType,
} from '../jira/create-meta.ts';
import type { FieldMeta } from '../jira/field-meta.ts';
import { projectRefViewSchema, type ProjectRef } from '../jira/views/project.ts';
import { processProjectsResponse, projectsRequest } from '../jira/projects.ts';
import type { Send } from './session.ts';

/** Pages of 50 projects read into the cached list; a site with more is searched in Jira when the
 *  user types, since the cached list cannot answer for the projects it lacks. */
export const MAX_PROJECT_PAGES = 4;
/** Guards against an answer that keeps saying "more": 20 × 50 fields is far beyond any screen. */
const MAX_META_PAGES = 20;

/** The cached project list; `complete` when no project was left out by MAX_PROJECT_PAGES. */
export const projectListSchema = z.object({ projects: z.array(projectRefViewSchema), complete: z.boolean() });
type ProjectList = z.infer<typeof projectListSchema>;

export async function loadProjects(send: Send, siteId: string): Promise<ProjectList> {
  const projects: ProjectRef[] = [];
  let startAt: number | undefined = 0;
  for (let page = 0; page < MAX_PROJECT_PAGES && startAt !== undefined; page++) {
    const answer = await processProjectsResponse(await send(projectsRequest(siteId, { startAt })));
    projects.push(...answer.projects);
    startAt = answer.nextStartAt;
  }
  return { projects, complete: startAt === undefined };
}

export async function loadIssueTypes(send: Send, siteId: string, projectKey: string): Promise<CreateMetaIssueType[]> {
  const types: CreateMetaIssueType[] = [];
  let startAt: number | undefined = 0;
  for (let page = 0; page < MAX_META_PAGES && startAt !== undefined; page++) {
    const answer = await processCreateMetaIssueTypesResponse(await send(createMetaIssueTypesRequest(siteId, projectKey, { startAt })));
    types.push(...answer.issueTypes);
    startAt = answer.nextStartAt;
  }
  return types;
}

export async function loadFields(send: Send, siteId: string, projectKey: string, issueTypeId: string): Promise<FieldMeta[]> {
  const fields: FieldMeta[] = [];
  let startAt: number | undefined = 0;
  for (let page = 0; page < MAX_META_PAGES && startAt !== undefined; page++) {
    const answer = await processCreateMetaFieldsResponse(await send(createMetaFieldsRequest(siteId, projectKey, issueTypeId, { startAt })));
    fields.push(...answer.fields);
    startAt = answer.nextStartAt;
  }
  return fields;
}
