import * as z from 'zod/mini';
import { jiraApiUrl, type HttpRequest } from './http-request.ts';
import type { UserRef } from './views/user.ts';
import { processJsonResponse } from './process-json.ts';

// GET /rest/api/3/myself (OpenAPI operation getCurrentUser; scope read:jira-user).
export function myselfRequest(cloudId: string): HttpRequest {
  return { method: 'GET', url: jiraApiUrl(cloudId, 'myself'), idempotent: true };
}

const myselfSchema = z.object({
  accountId: z.string(),
  displayName: z.optional(z.string()),
  avatarUrls: z.optional(z.record(z.string(), z.string())),
});

export async function processMyselfResponse(response: Response): Promise<UserRef> {
  const me = await processJsonResponse(response, myselfSchema, 'who you are');
  const avatar = me.avatarUrls?.['48x48'] ?? me.avatarUrls?.['24x24'];
  return {
    accountId: me.accountId,
    displayName: me.displayName ?? me.accountId,
    ...(avatar?.startsWith('https:') ? { avatarUrl: avatar } : {}),
  };
}
