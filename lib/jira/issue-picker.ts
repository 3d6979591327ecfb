import * as z from 'zod/mini';
import { jiraApiUrl, type HttpRequest } from './http-request.ts';
import { processJsonResponse } from './process-json.ts';
import type { PickedIssue } from './views/picked-issue.ts';

export type { PickedIssue };

// GET /rest/api/3/issue/picker (OpenAPI operation getIssuePickerResource →
// IssuePickerSuggestions): issues whose key starts with, or whose summary contains, what the user
// typed, for the parent field and "open issue". Jira answers in sections ("History Search",
// "Current Search") that may list the same issue twice.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-issue-picker-get

export interface IssuePickerOptions {
  query: string;
  /** Limits "Current Search" to issues this JQL finds, e.g. `project = ABC AND issuetype = Epic`. */
  currentJQL?: string;
  /** Only issues of this project. */
  currentProjectId?: string;
  /** Leave this issue out (the one being edited). */
  currentIssueKey?: string;
  showSubTasks?: boolean;
}

export function issuePickerRequest(cloudId: string, options: IssuePickerOptions): HttpRequest {
  return {
    method: 'GET',
    url: jiraApiUrl(cloudId, 'issue/picker', {
      query: options.query.trim(),
      currentJQL: options.currentJQL,
      currentProjectId: options.currentProjectId,
      currentIssueKey: options.currentIssueKey,
      showSubTasks: options.showSubTasks === undefined ? undefined : String(options.showSubTasks),
    }),
    idempotent: true,
  };
}

const suggestionsSchema = z.object({
  sections: z.optional(
    z.array(
      z.object({
        issues: z.optional(
          z.array(
            z.object({
              key: z.string(),
              // `summary` is HTML with the match in <b>; only the plain text is used.
              summaryText: z.optional(z.string()),
            }),
          ),
        ),
      }),
    ),
  ),
});

export async function processIssuePickerResponse(response: Response): Promise<PickedIssue[]> {
  const body = await processJsonResponse(response, suggestionsSchema, 'the issue suggestions');
  const seen = new Map<string, PickedIssue>();
  for (const section of body.sections ?? []) {
    for (const issue of section.issues ?? []) {
      if (!seen.has(issue.key)) seen.set(issue.key, { key: issue.key, summaryText: issue.summaryText ?? '' });
    }
  }
  return [...seen.values()];
}
