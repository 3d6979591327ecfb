// Sends a Jira request with the profile's access token. A 401 means the token was refused before
// the request was acted on (RFC 6750 §3.1), so refreshing once and sending once more is safe even
// for requests that are not idempotent. A second 401 is not retried: a fresh token that is still
// refused (scope changed, access revoked, a site outside the grant) will not be fixed by another
// refresh, and a site that refused a fresh token is not asked to take it again (site-refusals.ts).
// https://www.rfc-editor.org/rfc/rfc6750#section-3.1
import { CodedError } from '../errors.ts';
import type { HttpRequest } from '../jira/http-request.ts';
import { errorFromResponse } from '../jira/error-from-response.ts';
import type { TokenProvider } from './access-token.ts';
import { refusedBySite, siteOf, type SiteRefusals } from './site-refusals.ts';

export interface AuthorizedSendDeps {
  /** Sends one request with this bearer token. */
  send(request: HttpRequest, accessToken: string): Promise<Response>;
  tokens: Pick<TokenProvider, 'getAccessToken' | 'forceRefresh'>;
  /** The profile the user is signed in with now. */
  profileId(): Promise<string>;
  /** Which sites refused a fresh token (site-refusals.ts): one memory per worker. */
  refusals: SiteRefusals;
}

const siteNotInGrant = () =>
  new CodedError('site_not_in_grant', 'This Jira site is not part of your sign-in. Reconnect and include it, or choose another site.', {
    status: 401,
  });

export function createAuthorizedSend(deps: AuthorizedSendDeps): (request: HttpRequest) => Promise<Response> {
  const { refusals } = deps;
  return async (request) => {
    const profileId = await deps.profileId();
    const site = siteOf(request.url);
    const token = await deps.tokens.getAccessToken(profileId);
    const first = await deps.send(request, token);
    if (first.status !== 401) return first;
    await first.body?.cancel().catch(() => {});
    const refusedBefore = site === undefined ? undefined : refusals.verdict(profileId, site, token);
    if (refusedBefore && (await refusedBefore)) throw siteNotInGrant();
    // Refresh failures (not_connected, reconnect_needed, network) reach the caller as they are.
    const fresh = await deps.tokens.forceRefresh(profileId, token);
    // Callers of one burst share the refresh; the first tries the fresh token, the others wait.
    const trying = site === undefined ? undefined : refusals.verdict(profileId, site, fresh);
    if (trying && (await trying)) throw siteNotInGrant();
    const answer = deps.send(request, fresh);
    if (site !== undefined && !trying) refusals.record(profileId, site, fresh, answer);
    const second = await answer;
    if (second.status !== 401) return second;
    if (site !== undefined && refusedBySite(second)) throw siteNotInGrant();
    throw await errorFromResponse(second);
  };
}
