// A valid access token for a profile, refreshing it when needed. Refresh tokens rotate: each
// refresh retires the previous refresh token, and reusing a retired one outside a 10-minute leeway
// revokes the whole grant (lib/ATLASSIAN.md#rotating-refresh-tokens). So refreshes of one profile
// never overlap: every caller shares one flight per profile, registered before the first await,
// so even 50 callers right after a worker restart (nothing in memory) make a single request.
// https://www.rfc-editor.org/rfc/rfc9700#section-4.14.2
//
// Sign-in generations: signing out, deleting a profile and connecting again (perhaps as another
// Atlassian account) each start a new generation of the profile's sign-in. A refresh remembers
// the generation it started in and writes its tokens only if that is still the current one, so a
// refresh that was on its way never brings back a sign-in the user ended, nor overwrites a newer
// grant's tokens with the old grant's. Only this worker writes tokens, and the check and the
// writes it guards run in one turn of its event loop, so nothing can come between them.
import { CodedError } from '../errors.ts';
import { DEFAULT_RETRY_DELAYS_MS, withBackoff } from './backoff.ts';
import type { AuthProfile } from './profile.ts';
import { sendTokenRequest } from './send-token-request.ts';
import type { TokenDeps } from './token-deps.ts';
import { processTokenResponse, refreshRequest } from './token-request.ts';
import { forgetTokens, readAccessToken, readRefreshToken, saveTokenSet } from './token-store.ts';
import type { TokenSet } from './token-request.ts';

export interface TokenProviderDeps extends TokenDeps {
  sleep?(ms: number): Promise<void>;
  random?(): number;
  retryDelaysMs?: readonly number[];
}

export interface TokenProvider {
  getAccessToken(profileId: string): Promise<string>;
  /** After Jira refused `rejectedToken` with 401: a newer token, refreshing only if no other
   *  caller has already replaced it. */
  forceRefresh(profileId: string, rejectedToken: string): Promise<string>;
  /** Ends the profile's sign-in: its tokens go, and a refresh on its way will not write its own. */
  signOut(profileId: string): Promise<void>;
  /** Stores a new sign-in's tokens; a refresh of the previous sign-in on its way will not
   *  overwrite them. */
  replace(profileId: string, tokens: TokenSet): Promise<void>;
}

/** Refresh a minute early, so a token does not expire between being handed out and arriving. */
export const REFRESH_AHEAD_MS = 60_000;

interface Flight {
  promise: Promise<string>;
  /** The token this flight replaces, for forced refreshes. */
  rejected?: string;
}

export function createTokenProvider(deps: TokenProviderDeps): TokenProvider {
  const areas = { local: deps.local, session: deps.session };
  const flights = new Map<string, Flight>();
  /** The current sign-in generation of each profile; starts at 0 in every worker, which is enough:
   *  a refresh never outlives the worker it started in. */
  const generations = new Map<string, number>();
  const generationOf = (profileId: string) => generations.get(profileId) ?? 0;
  /** A new generation: what is in flight can no longer write, and the next caller starts afresh. */
  const newGeneration = (profileId: string) => {
    generations.set(profileId, generationOf(profileId) + 1);
    flights.delete(profileId);
  };
  const backoff = {
    delaysMs: deps.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    sleep: deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    random: deps.random ?? Math.random,
  };

  /** Registers the flight synchronously; it leaves the map once settled. */
  function fly(profileId: string, rejected: string | undefined, after: Promise<string> | undefined): Promise<string> {
    const generation = generationOf(profileId);
    const work = () => currentToken(profileId, rejected, generation);
    const promise: Promise<string> = (after ? after.then(work, work) : work()).finally(() => {
      if (flights.get(profileId)?.promise === promise) flights.delete(profileId);
    });
    flights.set(profileId, { promise, ...(rejected === undefined ? {} : { rejected }) });
    return promise;
  }

  async function currentToken(profileId: string, rejected: string | undefined, generation: number): Promise<string> {
    const stored = await readAccessToken(areas, profileId);
    if (stored && stored.token !== rejected && stored.expiresAt - deps.now() >= REFRESH_AHEAD_MS) return stored.token;
    return refresh(profileId, true, generation);
  }

  /** After a sign-out or a new sign-in, what this caller gets is decided by the sign-in as it is now:
   *  none (not_connected) or the new one's token. */
  const superseded = (profileId: string) => currentToken(profileId, undefined, generationOf(profileId));

  async function refresh(profileId: string, mayRetryWithNewer: boolean, generation: number): Promise<string> {
    const profile = await deps.getProfile(profileId);
    if (!profile) {
      throw new CodedError('not_connected', 'This sign-in profile no longer exists. Choose a profile in the options.');
    }
    const stored = await readRefreshToken(areas, profileId);
    if (stored.state !== 'ok') throw notConnected(profile, stored.state === 'corrupt');
    const secret = await deps.getSecret(profileId);
    if (secret === undefined) {
      throw new CodedError('client_auth_failed', `Profile “${profile.name}” has no client secret. Enter it in the options.`);
    }
    const request = refreshRequest(profile, secret, stored.value);
    try {
      // Retrying a refresh that may have reached Atlassian is safe: the refresh token it carries
      // stays usable for the 10-minute leeway after rotation, far longer than our backoff.
      const tokens = await withBackoff(
        async () => processTokenResponse(await sendTokenRequest(deps.send, request), deps.now(), profile.name),
        isTransient,
        backoff,
      );
      if (generationOf(profileId) !== generation) return superseded(profileId);
      await saveTokenSet(areas, profileId, tokens);
      return tokens.accessToken;
    } catch (error) {
      if (!(error instanceof CodedError) || error.code !== 'invalid_grant') throw error;
      if (generationOf(profileId) !== generation) return superseded(profileId);
      // A sign-in finished meanwhile stored a newer refresh token: use that, do not erase it.
      const now = await readRefreshToken(areas, profileId);
      if (now.state === 'ok' && now.value !== stored.value) {
        if (mayRetryWithNewer) return refresh(profileId, false, generation);
      } else if (generationOf(profileId) === generation) {
        await forgetTokens(areas, profileId);
      }
      throw new CodedError(
        'reconnect_needed',
        `Atlassian no longer accepts the sign-in of profile “${profile.name}” (the grant was revoked or expired). Reconnect to continue.`,
        error.details,
      );
    }
  }

  return {
    getAccessToken(profileId) {
      return flights.get(profileId)?.promise ?? fly(profileId, undefined, undefined);
    },
    forceRefresh(profileId, rejectedToken) {
      const running = flights.get(profileId);
      if (running && running.rejected === rejectedToken) return running.promise;
      // Queued behind whatever runs now, which may already replace the rejected token.
      return fly(profileId, rejectedToken, running?.promise);
    },
    signOut(profileId) {
      newGeneration(profileId);
      return forgetTokens(areas, profileId);
    },
    replace(profileId, tokens) {
      newGeneration(profileId);
      return saveTokenSet(areas, profileId, tokens);
    },
  };
}

function isTransient(error: unknown): boolean {
  return error instanceof CodedError && (error.code === 'network' || error.code === 'server_error');
}

function notConnected(profile: AuthProfile, corrupt: boolean): CodedError {
  return new CodedError(
    'not_connected',
    corrupt
      ? `The stored sign-in of profile “${profile.name}” could not be read. Connect again to continue.`
      : `Profile “${profile.name}” is not connected. Connect your Atlassian account to continue.`,
  );
}
