import { CodedError } from '../errors.ts';
import type { HttpRequest } from './http-request.ts';

export interface JiraClientDeps {
  fetch: typeof fetch;
  /** The current access token, or null when the user has not connected. */
  getAccessToken: () => Promise<string | null>;
}

export type SendRequest = (request: HttpRequest) => Promise<Response>;

/** The one place the extension calls Atlassian's API: adds the bearer token and turns a failed
 *  connection into a coded error. Response processing is each operation's own. */
export function createJiraClient(deps: JiraClientDeps): SendRequest {
  return async (request) => {
    const token = await deps.getAccessToken();
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      return await deps.fetch(request.url, {
        method: request.method,
        headers,
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        // Tokens go in the header only; never send or store cookies for Atlassian's hosts.
        credentials: 'omit',
      });
    } catch {
      // fetch rejects only when no answer arrived (offline, DNS, TLS, dropped connection).
      throw new CodedError('network', 'Could not reach Atlassian. Check your connection and try again.');
    }
  };
}
