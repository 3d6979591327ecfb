import * as z from 'zod/mini';
import { CodedError } from '../errors.ts';
import { errorFromResponse } from './error-from-response.ts';
import { jiraApiUrl, type HttpRequest } from './http-request.ts';
import { recode } from './issue-error.ts';

// POST /rest/api/3/issue (OpenAPI operation createIssue, body IssueUpdateDetails → 201
// CreatedIssue). `description` and textarea fields take ADF; which fields exist and which are
// required comes from create metadata (create-meta.ts).
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-post

export interface IssueInput {
  /** `{project: {id}, issuetype: {id}, summary, ...}`, values in the shapes Jira documents per field type. */
  fields: Record<string, unknown>;
  /** Operations (`{labels: [{add: "x"}]}`) for fields that take them. */
  update?: Record<string, unknown[]>;
}

export function createIssueRequest(cloudId: string, input: IssueInput): HttpRequest {
  return {
    method: 'POST',
    url: jiraApiUrl(cloudId, 'issue'),
    body: { fields: input.fields, ...(input.update && Object.keys(input.update).length > 0 ? { update: input.update } : {}) },
    // Sent twice, it creates two issues. A lost answer is checked with reconcile-create.ts instead.
    idempotent: false,
  };
}

const createdSchema = z.object({
  id: z.string(),
  key: z.string(),
  // Always sent in practice, but a created issue must not turn into an error for want of a link.
  self: z.optional(z.string()),
});

export interface CreatedIssue {
  id: string;
  key: string;
  self?: string | undefined;
}

/** 400 arrives as `jira_rejected` with Jira's per-field `fieldErrors`; 403 as `permission_denied`. */
export async function processCreateIssueResponse(response: Response): Promise<CreatedIssue> {
  if (!response.ok) {
    const error = await errorFromResponse(response);
    if (error.code === 'jira_rejected' && response.status === 403) {
      throw recode(error, 'permission_denied', 'You do not have permission to create issues in this project.');
    }
    throw error;
  }
  // Parsed here rather than by processJsonResponse: after a 2xx the issue exists, and the message
  // must say so, or the user would create it again.
  const json: unknown = await response.json().catch(() => undefined);
  const created = createdSchema.safeParse(json);
  if (!created.success) {
    throw new CodedError(
      'bad_response',
      'Jira accepted the issue but its answer had an unexpected shape. Check the project before creating it again.',
      { status: response.status },
    );
  }
  return created.data;
}
