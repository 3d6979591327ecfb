import { CodedError } from '../errors.ts';
import { ATLASSIAN_AUTH, type HttpRequest } from './http-request.ts';

/** Sends one request, with a bearer token when given one. */
export type HttpSender = (request: HttpRequest, accessToken?: string | null) => Promise<Response>;

/**
 * How long one request may take, answer included. `fetch` has no deadline of its own: a gateway
 * that takes the connection and never answers would hold a popup (and a shared token refresh)
 * forever. Atlassian's own REST calls answer in well under a second; 20 s leaves room for a slow
 * search or a large create screen, and with the lost-create lookup after it, still tells the user
 * within half a minute. https://developer.mozilla.org/en-US/docs/Web/API/AbortSignal/timeout_static
 */
export const REQUEST_TIMEOUT_MS = 20_000;

/** The one place the extension calls the network: Atlassian's auth server and API gateway. It turns
 *  a failed or overdue connection into a coded error; each operation processes the answer itself. */
export function createHttpSender(fetchImpl: typeof fetch, timeoutMs = REQUEST_TIMEOUT_MS): HttpSender {
  return async (request, accessToken) => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    // Also bounds reading the body: the signal aborts a stream that stops half way.
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      return await fetchImpl(request.url, {
        method: request.method,
        headers,
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        // Tokens go in the header only; never send or store cookies for Atlassian's hosts.
        credentials: 'omit',
        signal,
      });
    } catch {
      if (signal.aborted) throw timedOut(request, timeoutMs);
      // fetch rejects only when no answer arrived (offline, DNS, TLS, dropped connection).
      throw new CodedError('network', 'Could not reach Atlassian. Check your connection and try again.');
    }
  };
}

function timedOut(request: HttpRequest, timeoutMs: number): CodedError {
  const who = request.url.startsWith(`${ATLASSIAN_AUTH}/`) ? 'Atlassian' : 'Jira';
  return new CodedError('timeout', `${who} did not answer in ${Math.round(timeoutMs / 1000)} s. Try again.`);
}
