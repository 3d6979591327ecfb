// Hand-made answers for the operation tests.
import { rejection } from '../../coded-failure.ts';
import { jsonResponse as json } from '../../json-response.ts';

export { json, rejection };

export const CLOUD = 'cloud-1';
export const API = `https://api.atlassian.com/ex/jira/${CLOUD}/rest/api/3`;

export function empty(status = 204): Response {
  return new Response(null, { status });
}

export function jiraError(status: number, errorMessages: string[], errors: Record<string, string> = {}): Response {
  return json({ errorMessages, errors }, status);
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
