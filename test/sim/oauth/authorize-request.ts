// Validates the parameters of an authorization request, shared by the consent page and the
// decision it posts back. Order matters (RFC 6749 §4.1.2.1): while the client or redirect_uri is
// in doubt the error is shown to the user and never redirected; after that, errors go back to
// the client's redirect_uri.
import type { OAuthClient, SimState } from '../types.ts';

export type AuthorizeCheck =
  | { kind: 'ok'; client: OAuthClient; redirectUri: string; scopes: string[]; state: string }
  /** Shown as a 400 page; the redirect_uri cannot be trusted. */
  | { kind: 'page-error'; message: string }
  /** Sent back to the (verified) redirect_uri as ?error=…&error_description=…&state=… */
  | { kind: 'redirect-error'; redirectUri: string; error: string; description: string; state: string | undefined };

// Classic scopes (`read:jira-work`), granular ones (`read:issue:jira`) and offline_access.
const SCOPE_PATTERN = /^(offline_access|[a-z]+(:[a-z0-9.-]+)+)$/;

export function parseScopes(scope: string): string[] {
  return scope.split(/\s+/).filter((s) => s !== '');
}

export function checkAuthorizeRequest(state: SimState, params: Record<string, string | undefined>): AuthorizeCheck {
  const client = state.clients.find((c) => c.clientId === params.client_id);
  if (!client) return { kind: 'page-error', message: 'The app you are trying to authorize is not registered (unknown client_id).' };
  const redirectUri = params.redirect_uri;
  // Atlassian compares the callback URL exactly as registered (lib/ATLASSIAN.md#authorization-request).
  if (redirectUri === undefined || !client.redirectUris.includes(redirectUri)) {
    return { kind: 'page-error', message: 'The redirect_uri does not match the callback URL registered for this app.' };
  }
  const fail = (error: string, description: string): AuthorizeCheck => ({
    kind: 'redirect-error',
    redirectUri,
    error,
    description,
    state: params.state,
  });
  if (params.response_type !== 'code') return fail('unsupported_response_type', 'response_type must be "code"');
  if (params.audience !== 'api.atlassian.com') return fail('invalid_request', 'audience must be "api.atlassian.com"');
  const scopes = parseScopes(params.scope ?? '');
  if (scopes.length === 0) return fail('invalid_scope', 'scope is required');
  const bad = scopes.find((s) => !SCOPE_PATTERN.test(s));
  if (bad !== undefined) return fail('invalid_scope', `unknown scope "${bad}"`);
  // Atlassian documents state as required for 3LO requests (CSRF protection).
  if (!params.state) return fail('invalid_request', 'state is required');
  return { kind: 'ok', client, redirectUri, scopes, state: params.state };
}

/** redirect_uri with extra query parameters, keeping whatever query it was registered with. */
export function redirectWith(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.set(name, value);
  }
  return url.toString();
}
