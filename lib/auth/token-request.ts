// The two token requests of the authorization code flow and the processing of their answer.
// Requests are data (HttpRequest); the sender is the caller's. Atlassian takes a JSON body and
// requires the client secret for both grants (lib/ATLASSIAN.md#client-secret-no-pkce).
// https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/#2--exchange-authorization-code-for-access-token
import * as z from 'zod/mini';
import { CodedError } from '../errors.ts';
import type { HttpRequest } from '../jira/http-request.ts';
import type { AuthProfile } from './profile.ts';
import { tokenErrorFromResponse } from './token-error.ts';

export interface TokenSet {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  /** Absent when Atlassian did not send one (no offline_access, or some refreshes): keep the old. */
  refreshToken?: string;
  /** Granted scopes; empty when the answer did not list them. */
  scope: string[];
}

/** Atlassian's access tokens live an hour; used when an answer leaves expires_in out
 *  (RFC 6749 §5.1 lets it, https://www.rfc-editor.org/rfc/rfc6749#section-5.1). */
const DEFAULT_EXPIRES_IN_S = 3600;

/** An empty secret means a token broker adds it on its side (README, "System app"). */
const withSecret = (secret: string) => (secret === '' ? {} : { client_secret: secret });

// Neither request may be sent twice: a code is single-use (RFC 6749 §4.1.2) and a refresh
// rotates the refresh token (lib/ATLASSIAN.md#rotating-refresh-tokens).
export function codeExchangeRequest(
  profile: Pick<AuthProfile, 'tokenUrl' | 'clientId'>,
  secret: string,
  code: string,
  redirectUri: string,
): HttpRequest {
  return {
    method: 'POST',
    url: profile.tokenUrl,
    body: {
      grant_type: 'authorization_code',
      client_id: profile.clientId,
      ...withSecret(secret),
      code,
      redirect_uri: redirectUri,
    },
    idempotent: false,
  };
}

export function refreshRequest(
  profile: Pick<AuthProfile, 'refreshUrl' | 'clientId'>,
  secret: string,
  refreshToken: string,
): HttpRequest {
  return {
    method: 'POST',
    url: profile.refreshUrl,
    body: { grant_type: 'refresh_token', client_id: profile.clientId, ...withSecret(secret), refresh_token: refreshToken },
    idempotent: false,
  };
}

const tokenBodySchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  // RFC 6749 §7.1: the type is matched case-insensitively; only Bearer is what we send.
  token_type: z.string().check(z.refine((t) => t.toLowerCase() === 'bearer')),
  expires_in: z.optional(z.number().check(z.positive())),
  refresh_token: z.optional(z.string().check(z.minLength(1))),
  scope: z.optional(z.string()),
});

/** `profileName` names the profile in the messages the user sees. */
export async function processTokenResponse(response: Response, now: number, profileName = 'this profile'): Promise<TokenSet> {
  if (!response.ok) throw await tokenErrorFromResponse(response, now, profileName);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw badResponse(response.status, 'was not JSON');
  }
  const parsed = tokenBodySchema.safeParse(json);
  // The message never quotes the body: it holds tokens.
  if (!parsed.success) throw badResponse(response.status, 'had an unexpected shape');
  const body = parsed.data;
  return {
    accessToken: body.access_token,
    expiresAt: now + (body.expires_in ?? DEFAULT_EXPIRES_IN_S) * 1000,
    ...(body.refresh_token === undefined ? {} : { refreshToken: body.refresh_token }),
    scope: (body.scope ?? '').split(' ').filter((s) => s !== ''),
  };
}

function badResponse(status: number, what: string): CodedError {
  return new CodedError('bad_response', `Atlassian's answer to the sign-in ${what}.`, { status });
}
