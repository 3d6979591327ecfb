import * as z from 'zod/mini';
import { rawFieldMetaMapSchema, toFieldMetaList } from './field-meta.ts';
import { jiraApiUrl, type HttpRequest } from './http-request.ts';
import { issueErrorFromResponse } from './issue-error.ts';
import { statusSchema, toStatus } from './issue-parts.ts';
import { processJsonResponse } from './process-json.ts';
import type { Transition } from './views/transition.ts';

export type { Transition };

// Status changes go through the workflow, not through edit (lib/ATLASSIAN.md#transitions):
// GET /rest/api/3/issue/{issueIdOrKey}/transitions (OpenAPI operation getTransitions) with
// `expand=transitions.fields`, so a transition's screen (Resolve → resolution) can be asked for
// before it is taken; POST the same path (doTransition) → 204.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-get

function transitionsPath(issueKeyOrId: string): string {
  return `issue/${encodeURIComponent(issueKeyOrId)}/transitions`;
}

export function transitionsRequest(cloudId: string, issueKeyOrId: string): HttpRequest {
  return {
    method: 'GET',
    url: jiraApiUrl(cloudId, transitionsPath(issueKeyOrId), { expand: 'transitions.fields' }),
    idempotent: true,
  };
}

// IssueTransition: `to` and `fields` are optional in the spec; Jira sends both when asked.
export const rawTransitionSchema = z.object({
  id: z.string(),
  name: z.string(),
  to: statusSchema,
  hasScreen: z.optional(z.boolean()),
  isAvailable: z.optional(z.boolean()),
  fields: z.optional(rawFieldMetaMapSchema),
});

/** Transitions as the popup offers them; ones that fail a condition (`isAvailable: false`) are left out. */
export function toTransitions(raw: z.infer<typeof rawTransitionSchema>[]): Transition[] {
  return raw
    .filter((t) => t.isAvailable !== false)
    .map((t) => ({ id: t.id, name: t.name, to: toStatus(t.to), fields: toFieldMetaList(t.fields ?? {}) }));
}

const transitionsSchema = z.object({ transitions: z.optional(z.array(rawTransitionSchema)) });

export async function processTransitionsResponse(response: Response): Promise<Transition[]> {
  if (!response.ok) throw await issueErrorFromResponse(response);
  const body = await processJsonResponse(response, transitionsSchema, 'the issue’s workflow steps');
  return toTransitions(body.transitions ?? []);
}

export function doTransitionRequest(
  cloudId: string,
  issueKeyOrId: string,
  transitionId: string,
  fields?: Record<string, unknown>,
): HttpRequest {
  return {
    method: 'POST',
    url: jiraApiUrl(cloudId, transitionsPath(issueKeyOrId)),
    body: { transition: { id: transitionId }, ...(fields && Object.keys(fields).length > 0 ? { fields } : {}) },
    // Taken twice, a transition may run twice (Start → Stop → Start) or fail from the new status.
    idempotent: false,
  };
}

/** 204; a missing required screen field → `jira_rejected` with `fieldErrors` (e.g. resolution). */
export async function processDoTransitionResponse(response: Response): Promise<void> {
  if (!response.ok) throw await issueErrorFromResponse(response);
  await response.body?.cancel().catch(() => {});
}
