import * as z from 'zod/mini';
import { jiraApiUrl, type HttpRequest } from './http-request.ts';
import { issueErrorFromResponse } from './issue-error.ts';
import {
  issueTypeSchema,
  prioritySchema,
  projectRefSchema,
  statusSchema,
  toIssueType,
  toProjectRef,
  toStatus,
  toUserRef,
  userSchema,
} from './issue-parts.ts';
import { processJsonResponse } from './process-json.ts';
import { toIssueSummary } from './search.ts';
import { rawTransitionSchema, toTransitions } from './transitions.ts';
import type { IssueView, LinkedIssue } from './views/issue.ts';

export type { IssueView, LinkedIssue };

// GET /rest/api/3/issue/{issueIdOrKey} (OpenAPI operation getIssue → IssueBean), for the issue
// view and the edit form. `fields` defaults to all of them, which is slow on big sites, so the
// request always names the view's fields plus whatever the caller adds (custom fields to edit).
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get

/** The fields the issue view reads; always requested. */
export const ISSUE_VIEW_FIELDS = [
  'summary',
  'status',
  'issuetype',
  'priority',
  'assignee',
  'reporter',
  'created',
  'updated',
  'labels',
  'description',
  'subtasks',
  'parent',
  'project',
] as const;

export function getIssueRequest(
  cloudId: string,
  issueKeyOrId: string,
  options: { fields: string[]; expand?: string[] },
): HttpRequest {
  const fields = [...new Set([...ISSUE_VIEW_FIELDS, ...options.fields])];
  const expand = options.expand?.length ? options.expand.join(',') : undefined;
  return {
    method: 'GET',
    // Comma-separated, as the spec documents `fields` and `expand` for this operation.
    url: jiraApiUrl(cloudId, `issue/${encodeURIComponent(issueKeyOrId)}`, { fields: fields.join(','), expand }),
    idempotent: true,
  };
}

// Parent and sub-tasks come as a short issue: {id, key, fields: {summary, status, priority, issuetype}}.
const linkedIssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.optional(
    z.object({
      summary: z.optional(z.string()),
      status: z.optional(statusSchema),
      issuetype: z.optional(issueTypeSchema),
    }),
  ),
});

// Empty fields come back as null. `fields` keeps the keys it does not name (looseObject): those
// are the extra fields the caller asked for, handed on unread as `otherFields`.
const issueFieldsSchema = z.looseObject({
  summary: z.string(),
  status: statusSchema,
  issuetype: issueTypeSchema,
  project: projectRefSchema,
  created: z.string(),
  updated: z.string(),
  priority: z.nullish(prioritySchema),
  assignee: z.nullish(userSchema),
  reporter: z.nullish(userSchema),
  labels: z.nullish(z.array(z.string())),
  // ADF; checked by the renderer, which knows its node types.
  description: z.optional(z.unknown()),
  subtasks: z.nullish(z.array(linkedIssueSchema)),
  parent: z.nullish(linkedIssueSchema),
});

const issueBeanSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: issueFieldsSchema,
  names: z.optional(z.record(z.string(), z.string())),
  transitions: z.optional(z.array(rawTransitionSchema)),
});

function toLinked(raw: z.infer<typeof linkedIssueSchema>): LinkedIssue {
  const f = raw.fields;
  return {
    id: raw.id,
    key: raw.key,
    summary: f?.summary ?? '',
    ...(f?.status ? { status: toStatus(f.status) } : {}),
    ...(f?.issuetype ? { issuetype: toIssueType(f.issuetype) } : {}),
  };
}

const VIEW_KEYS = new Set<string>(ISSUE_VIEW_FIELDS);

export async function processGetIssueResponse(response: Response): Promise<IssueView> {
  if (!response.ok) throw await issueErrorFromResponse(response);
  const bean = await processJsonResponse(response, issueBeanSchema, 'the issue');
  const f = bean.fields;
  const otherFields = Object.fromEntries(Object.entries(f).filter(([id]) => !VIEW_KEYS.has(id)));
  return {
    ...toIssueSummary(bean),
    ...(f.reporter ? { reporter: toUserRef(f.reporter) } : {}),
    created: f.created,
    labels: f.labels ?? [],
    description: f.description ?? null,
    subtasks: (f.subtasks ?? []).map(toLinked),
    ...(f.parent ? { parent: toLinked(f.parent) } : {}),
    project: toProjectRef(f.project),
    ...(bean.names ? { names: bean.names } : {}),
    ...(bean.transitions ? { transitions: toTransitions(bean.transitions) } : {}),
    otherFields,
  };
}
