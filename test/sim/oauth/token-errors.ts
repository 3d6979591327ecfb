// Error answers of POST https://auth.atlassian.com/oauth/token, in Atlassian's shapes
// (lib/ATLASSIAN.md#token-errors; RFC 6749 §5.2 for the codes Atlassian does not document).
import type { Reply } from '../types.ts';

// RFC 6749 §5.1: token responses must not be cached.
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

function oauthError(status: number, error: string, description: string): Reply {
  return { status, headers: NO_STORE, body: { error, error_description: description } };
}

export const tokenErrors = {
  invalidRequest: (description: string) => oauthError(400, 'invalid_request', description),
  unsupportedGrantType: (grantType: string) =>
    oauthError(400, 'unsupported_grant_type', `Unsupported grant type: ${grantType}`),
  /** Bad or missing client credentials: 401 access_denied "Unauthorized"
   *  (lib/ATLASSIAN.md#token-errors). */
  unauthorizedClient: () => oauthError(401, 'access_denied', 'Unauthorized'),
  invalidCode: () => oauthError(403, 'invalid_grant', 'Invalid authorization code'),
  /** Invalid, reused or expired refresh token → 403 with this exact description
   *  (lib/ATLASSIAN.md#token-errors). */
  invalidRefreshToken: () => oauthError(403, 'invalid_grant', 'Unknown or invalid refresh token.'),
};

export function tokenSuccess(body: unknown): Reply {
  return { status: 200, headers: NO_STORE, body };
}
