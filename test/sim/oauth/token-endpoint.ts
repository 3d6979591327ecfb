// POST https://auth.atlassian.com/oauth/token: the authorization_code and refresh_token grants,
// with rotating refresh tokens as Atlassian announced them (lib/ATLASSIAN.md#rotating-refresh-tokens).
import type { OAuthClient, Reply, RequestContext, Route, SimState } from '../types.ts';
import { findGrant, revokeGrants } from './grants.ts';
import { tokenErrors, tokenSuccess } from './token-errors.ts';
import {
  issueAccessToken,
  issueRefreshToken,
  refreshTokenExpired,
  revokeCodeChain,
  tokenResponse,
} from './tokens.ts';

type Fields = Record<string, string>;

/** The named fields as strings, or the name of the first one missing. */
function requireFields(body: unknown, names: string[]): Fields | string {
  const source = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const fields: Fields = {};
  for (const name of names) {
    const value = source[name];
    if (typeof value !== 'string' || value === '') return name;
    fields[name] = value;
  }
  return fields;
}

function authenticateClient(state: SimState, fields: Fields): OAuthClient | undefined {
  const client = state.clients.find((c) => c.clientId === fields.client_id);
  return client && client.clientSecret === fields.client_secret ? client : undefined;
}

function exchangeCode(ctx: RequestContext, fields: Fields): Reply {
  const { state } = ctx;
  const client = authenticateClient(state, fields);
  if (!client) return tokenErrors.unauthorizedClient();
  const code = state.codes.get(fields.code ?? '');
  if (!code || code.clientId !== client.clientId || code.redirectUri !== fields.redirect_uri) return tokenErrors.invalidCode();
  if (code.used) {
    ctx.reportViolation?.('token: authorization code used twice; the tokens issued from it are revoked');
    revokeCodeChain(state, code.code);
    return tokenErrors.invalidCode();
  }
  if (state.now() >= code.expiresAt) return tokenErrors.invalidCode();
  code.used = true;
  const grant = findGrant(state, code.grantId);
  if (!grant || grant.revoked) return tokenErrors.invalidCode();
  const access = issueAccessToken(state, grant, code.code);
  // offline_access must be in scope to get a refresh token (lib/ATLASSIAN.md#token-endpoint).
  const refresh = grant.scopes.includes('offline_access') ? issueRefreshToken(state, grant, code.code) : undefined;
  return tokenSuccess(tokenResponse(state, grant, access, refresh));
}

function refresh(ctx: RequestContext, fields: Fields): Reply {
  const { state } = ctx;
  const client = authenticateClient(state, fields);
  if (!client) return tokenErrors.unauthorizedClient();
  const presented = state.refreshTokens.get(fields.refresh_token ?? '');
  const grant = presented && findGrant(state, presented.grantId);
  if (!presented || !grant || grant.revoked || grant.clientId !== client.clientId) return tokenErrors.invalidRefreshToken();
  if (refreshTokenExpired(state, presented)) return tokenErrors.invalidRefreshToken();
  const now = state.now();
  if (presented.rotatedAt !== null && now - presented.rotatedAt > state.options.refreshLeewaySeconds * 1000) {
    // Reuse outside the leeway revokes ALL the grant's refresh tokens; the user must consent again.
    ctx.reportViolation?.('token: rotated refresh token reused after the leeway; the grant is revoked');
    revokeGrants(state, grant.id);
    return tokenErrors.invalidRefreshToken();
  }
  // Within the leeway an old token still works (so two racing refreshes both succeed); its
  // leeway keeps counting from when it was first rotated out.
  presented.rotatedAt ??= now;
  presented.lastUsedAt = now;
  const access = issueAccessToken(state, grant, presented.issuedFromCode);
  const next = issueRefreshToken(state, grant, presented.issuedFromCode);
  return tokenSuccess(tokenResponse(state, grant, access, next));
}

function handleToken(ctx: RequestContext): Reply {
  const grantType = requireFields(ctx.body, ['grant_type']);
  if (typeof grantType === 'string') {
    ctx.reportViolation?.('token: grant_type missing');
    return tokenErrors.invalidRequest('grant_type is required');
  }
  const type = grantType.grant_type ?? '';
  const needed =
    type === 'authorization_code' ? ['client_id', 'client_secret', 'code', 'redirect_uri']
    : type === 'refresh_token' ? ['client_id', 'client_secret', 'refresh_token']
    : undefined;
  if (!needed) {
    ctx.reportViolation?.(`token: unsupported grant_type "${type}"`);
    return tokenErrors.unsupportedGrantType(type);
  }
  const fields = requireFields(ctx.body, needed);
  if (typeof fields === 'string') {
    // client_secret is required for both grants (Atlassian "Implementing the refresh token flow").
    ctx.reportViolation?.(`token: ${type} request without ${fields}`);
    return fields === 'client_secret' ? tokenErrors.unauthorizedClient() : tokenErrors.invalidRequest(`${fields} is required`);
  }
  return type === 'authorization_code' ? exchangeCode(ctx, fields) : refresh(ctx, fields);
}

export const tokenRoutes: Route[] = [
  { host: 'auth.atlassian.com', method: 'POST', pattern: '/oauth/token', needsToken: false, handler: handleToken },
];
