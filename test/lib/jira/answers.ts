// Hand-made answers for the operation tests.
import { expect } from 'vitest';
import { CodedError } from '../../../lib/errors.ts';

export const CLOUD = 'cloud-1';
export const API = `https://api.atlassian.com/ex/jira/${CLOUD}/rest/api/3`;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function empty(status = 204): Response {
  return new Response(null, { status });
}

export function jiraError(status: number, errorMessages: string[], errors: Record<string, string> = {}): Response {
  return json({ errorMessages, errors }, status);
}

/** The CodedError `promise` rejects with. */
export async function rejection(promise: Promise<unknown>): Promise<CodedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CodedError);
  return error as CodedError;
}

export const status = (id: string, name: string, key: string) => ({
  self: `${API}/status/${id}`,
  id,
  name,
  statusCategory: { id: 2, key, name: 'To Do', colorName: 'blue-gray' },
});

export const issueType = (id: string, name: string, subtask = false) => ({
  self: `${API}/issuetype/${id}`,
  id,
  name,
  subtask,
  iconUrl: `https://acme.atlassian.net/rest/api/2/universal_avatar/view/type/issuetype/avatar/10303?size=medium`,
});

export const user = (accountId: string, displayName: string, active = true) => ({
  accountId,
  displayName,
  active,
  accountType: 'atlassian',
  avatarUrls: { '48x48': `https://avatar-management.example/${accountId}.png`, '24x24': 'https://a.example/24.png' },
});
