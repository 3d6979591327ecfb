// The end of a sign-in: from the URL the authorization window finished on to stored tokens.
// Nothing is sent to Atlassian unless the callback passed every check (RFC 9700 §4.7: the state
// binds the answer to this browser; RFC 6749 §10.6: the code goes back with the same redirect URI).
// https://www.rfc-editor.org/rfc/rfc9700#section-4.7
import { CodedError } from '../errors.ts';
import { parseCallback } from './callback.ts';
import { sendTokenRequest } from './send-token-request.ts';
import { consumeAuthState } from './state.ts';
import type { TokenDeps } from './token-deps.ts';
import { codeExchangeRequest, processTokenResponse, type TokenSet } from './token-request.ts';

export interface CompleteAuthorizationDeps extends TokenDeps {
  /** Stores the new sign-in's tokens so that no refresh of an earlier sign-in overwrites them
   *  (TokenProvider.replace). */
  saveTokens(profileId: string, tokens: TokenSet): Promise<void>;
}

export interface AuthorizationResult {
  profileId: string;
  /** The scopes Atlassian granted (empty when it did not say). */
  scope: string[];
  /** False when no refresh token came (no offline_access): the sign-in lasts an hour. */
  refreshable: boolean;
}

export async function completeAuthorization(
  deps: CompleteAuthorizationDeps,
  returnedUrl: string,
  expectedRedirect: string,
  /** The state of the sign-in that waited for this answer: an answer carrying another sign-in's
   *  state (two Connect clicks racing) is refused, and that state stays for its own flow. */
  startedState: string,
): Promise<AuthorizationResult> {
  const { code, state } = parseCallback(returnedUrl, expectedRedirect);
  if (state !== startedState) {
    throw new CodedError('state_mismatch', 'This sign-in answer belongs to another sign-in. Start the sign-in again.');
  }
  const profileId = await consumeAuthState(deps, state);
  const profile = await deps.getProfile(profileId);
  if (!profile) {
    throw new CodedError('not_connected', 'The profile this sign-in was started for no longer exists.');
  }
  const secret = await deps.getSecret(profileId);
  if (secret === undefined) {
    throw new CodedError('client_auth_failed', `Profile “${profile.name}” has no client secret. Enter it in the options.`);
  }
  // Sent once, never retried: a code is single-use, and a second use revokes what the first issued
  // (RFC 6749 §4.1.2).
  const response = await sendTokenRequest(deps.send, codeExchangeRequest(profile, secret, code, expectedRedirect));
  const tokens = await processTokenResponse(response, deps.now(), profile.name);
  await deps.saveTokens(profileId, tokens);
  return { profileId, scope: tokens.scope, refreshable: tokens.refreshToken !== undefined };
}
