import { CodedError } from '../errors.ts';
import type { HttpRequest } from './http-request.ts';

/** Sends one request, with a bearer token when given one. */
export type HttpSender = (request: HttpRequest, accessToken?: string | null) => Promise<Response>;

/** The one place the extension calls the network: Atlassian's auth server and API gateway. It turns
 *  a failed connection into a coded error; each operation processes the answer itself. */
export function createHttpSender(fetchImpl: typeof fetch): HttpSender {
  return async (request, accessToken) => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      return await fetchImpl(request.url, {
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
