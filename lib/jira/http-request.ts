// A request described as data: operations build these, the client sends them. Keeping the two apart
// lets every operation's request be tested without a network (the oauth4webapi pattern).
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  /** Sent as JSON when present. */
  body?: unknown;
  /** Safe to send again after a failure that may have reached the server (RFC 9110 §9.2.2). */
  idempotent: boolean;
}

export const ATLASSIAN_API = 'https://api.atlassian.com';
export const ATLASSIAN_AUTH = 'https://auth.atlassian.com';

/** `https://api.atlassian.com/ex/jira/{cloudId}/rest/api/3/...`: the only base 3LO tokens work with.
 *  https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/#3-3-construct-the-request-url */
export function jiraApiUrl(cloudId: string, path: string, query?: Record<string, string | undefined>): string {
  const url = new URL(`${ATLASSIAN_API}/ex/jira/${encodeURIComponent(cloudId)}/rest/api/3/${path}`);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, value);
  }
  return url.toString();
}
