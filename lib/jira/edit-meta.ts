import * as z from 'zod/mini';
import { rawFieldMetaMapSchema, toFieldMeta, type FieldMeta } from './field-meta.ts';
import { jiraApiUrl, type HttpRequest } from './http-request.ts';
import { issueErrorFromResponse } from './issue-error.ts';
import { processJsonResponse } from './process-json.ts';

// GET /rest/api/3/issue/{issueIdOrKey}/editmeta (OpenAPI operation getEditIssueMeta →
// IssueUpdateMetadata): the fields an edit may set, keyed by field id, in the same shape as create
// metadata without `fieldId`.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-editmeta-get

export function editMetaRequest(cloudId: string, issueKeyOrId: string): HttpRequest {
  return { method: 'GET', url: jiraApiUrl(cloudId, `issue/${encodeURIComponent(issueKeyOrId)}/editmeta`), idempotent: true };
}

// `fields` is optional in the spec; an issue the user may not edit comes back as `{fields: {}}`.
const editMetaSchema = z.object({ fields: z.optional(rawFieldMetaMapSchema) });

export async function processEditMetaResponse(response: Response): Promise<{ fields: Record<string, FieldMeta> }> {
  if (!response.ok) throw await issueErrorFromResponse(response);
  const meta = await processJsonResponse(response, editMetaSchema, 'which fields you can edit');
  const fields: Record<string, FieldMeta> = {};
  for (const [id, raw] of Object.entries(meta.fields ?? {})) fields[id] = toFieldMeta(raw, id);
  return { fields };
}
