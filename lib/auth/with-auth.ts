// Sends a Jira request with the profile's access token. A 401 means the token was refused before
// the request was acted on (RFC 6750 §3.1), so refreshing once and sending once more is safe even
// for requests that are not idempotent. A second 401 is not retried: a fresh token that is still
// refused (scope changed, access revoked) will not be fixed by another refresh.
// https://www.rfc-editor.org/rfc/rfc6750#section-3.1
import type { HttpRequest } from '../jira/http-request.ts';
import { errorFromResponse } from '../jira/error-from-response.ts';
import type { TokenProvider } from './access-token.ts';

export interface AuthorizedSendDeps {
  /** Sends one request with this bearer token. */
  send(request: HttpRequest, accessToken: string): Promise<Response>;
  tokens: Pick<TokenProvider, 'getAccessToken' | 'forceRefresh'>;
  /** The profile the user is signed in with now. */
  profileId(): Promise<string>;
}

export function createAuthorizedSend(deps: AuthorizedSendDeps): (request: HttpRequest) => Promise<Response> {
  return async (request) => {
    const profileId = await deps.profileId();
    const token = await deps.tokens.getAccessToken(profileId);
    const first = await deps.send(request, token);
    if (first.status !== 401) return first;
    await first.body?.cancel().catch(() => {});
    // Refresh failures (not_connected, reconnect_needed, network) reach the caller as they are.
    const fresh = await deps.tokens.forceRefresh(profileId, token);
    const second = await deps.send(request, fresh);
    if (second.status !== 401) return second;
    throw await errorFromResponse(second);
  };
}
