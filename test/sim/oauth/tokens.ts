// Access and refresh tokens: issuing, rotating, checking, expiring.
import type { AccessToken, Grant, RefreshToken, SimState, User } from '../types.ts';
import { findGrant, newSecret } from './grants.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Atlassian: rotating refresh tokens expire after 90 days unused and 365 days absolute
 *  (lib/ATLASSIAN.md#rotating-refresh-tokens, community t/54172). */
export const REFRESH_INACTIVITY_MS = 90 * DAY_MS;
export const REFRESH_ABSOLUTE_MS = 365 * DAY_MS;

export interface TokenResponse {
  access_token: string;
  expires_in: number;
  scope: string;
  token_type: 'Bearer';
  refresh_token?: string;
}

export function issueAccessToken(state: SimState, grant: Grant, issuedFromCode?: string): AccessToken {
  const token: AccessToken = {
    token: newSecret(),
    grantId: grant.id,
    expiresAt: state.now() + state.options.accessTokenTtlSeconds * 1000,
    issuedFromCode,
  };
  state.accessTokens.set(token.token, token);
  return token;
}

export function issueRefreshToken(state: SimState, grant: Grant, issuedFromCode?: string): RefreshToken {
  const now = state.now();
  const token: RefreshToken = { token: newSecret(), grantId: grant.id, rotatedAt: null, lastUsedAt: now, createdAt: now, issuedFromCode };
  state.refreshTokens.set(token.token, token);
  return token;
}

/** The token endpoint's success body (lib/ATLASSIAN.md#token-endpoint): refresh_token only with
 *  offline_access. */
export function tokenResponse(state: SimState, grant: Grant, access: AccessToken, refresh?: RefreshToken): TokenResponse {
  const body: TokenResponse = {
    access_token: access.token,
    expires_in: Math.round((access.expiresAt - state.now()) / 1000),
    scope: grant.scopes.join(' '),
    token_type: 'Bearer',
  };
  if (refresh) body.refresh_token = refresh.token;
  return body;
}

export function refreshTokenExpired(state: SimState, token: RefreshToken): boolean {
  const now = state.now();
  return now - token.lastUsedAt > REFRESH_INACTIVITY_MS || now - token.createdAt > REFRESH_ABSOLUTE_MS;
}

/** RFC 6749 §4.1.2: a replayed code "SHOULD revoke (when possible) all tokens previously issued
 *  based on that authorization code" — the whole chain, including rotated refresh tokens. */
export function revokeCodeChain(state: SimState, code: string): void {
  for (const [key, t] of state.accessTokens) if (t.issuedFromCode === code) state.accessTokens.delete(key);
  for (const [key, t] of state.refreshTokens) if (t.issuedFromCode === code) state.refreshTokens.delete(key);
}

/** The grant and user behind a live access token, or undefined (unknown, expired or revoked). */
export function authenticate(state: SimState, token: string): { grant: Grant; user: User } | undefined {
  const access = state.accessTokens.get(token);
  if (!access || state.now() >= access.expiresAt) return undefined;
  const grant = findGrant(state, access.grantId);
  if (!grant || grant.revoked) return undefined;
  const user = state.users.find((u) => u.accountId === grant.accountId);
  return user ? { grant, user } : undefined;
}

export function expireAccessTokens(state: SimState): void {
  const now = state.now();
  for (const token of state.accessTokens.values()) token.expiresAt = Math.min(token.expiresAt, now);
}
