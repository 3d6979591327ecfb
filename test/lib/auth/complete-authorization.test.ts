import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseCallback } from '../../../lib/auth/callback.ts';
import { completeAuthorization } from '../../../lib/auth/complete-authorization.ts';
import { readSecret, saveSecret } from '../../../lib/auth/secret-store.ts';
import { createAuthState } from '../../../lib/auth/state.ts';
import type { TokenSet } from '../../../lib/auth/token-request.ts';
import { readAccessToken, readRefreshToken, saveTokenSet } from '../../../lib/auth/token-store.ts';
import type { HttpRequest } from '../../../lib/jira/http-request.ts';
import { jsonResponse, randomBytes, REDIRECT, rejection, rejectionCode, testProfile, tokenBody } from './helpers.ts';

const NOW = 5_000_000;
const ORIGIN = new URL(REDIRECT).host;

describe('completing a sign-in', () => {
  let send: ReturnType<typeof vi.fn<(request: HttpRequest) => Promise<Response>>>;
  let state: string;
  const areas = () => ({ local: fakeBrowser.storage.local, session: fakeBrowser.storage.session });
  const deps = () => ({
    ...areas(),
    send,
    now: () => NOW,
    getProfile: async (id: string) => (id === 'work' ? testProfile() : undefined),
    getSecret: async () => 'secret-1',
    saveTokens: (profileId: string, tokens: TokenSet) => saveTokenSet(areas(), profileId, tokens),
  });

  beforeEach(async () => {
    fakeBrowser.reset();
    send = vi.fn(async () => jsonResponse(tokenBody(1)));
    state = await createAuthState({ randomBytes, now: () => NOW, session: fakeBrowser.storage.session }, 'work');
  });

  it('exchanges the code once, with the same redirect URI, and stores the tokens', async () => {
    const result = await completeAuthorization(deps(), `${REDIRECT}?code=c0de&state=${state}`, REDIRECT, state);
    expect(result).toEqual({ profileId: 'work', scope: ['read:jira-work', 'offline_access'], refreshable: true });
    expect(send.mock.calls).toEqual([
      [
        {
          method: 'POST',
          url: 'https://auth.atlassian.com/oauth/token',
          body: {
            grant_type: 'authorization_code',
            client_id: 'client-1',
            client_secret: 'secret-1',
            code: 'c0de',
            redirect_uri: REDIRECT,
          },
          idempotent: false,
        },
      ],
    ]);
    expect(await readRefreshToken(areas(), 'work')).toEqual({ state: 'ok', value: 'refresh-1' });
    expect(await readAccessToken(areas(), 'work')).toEqual({
      token: 'access-1',
      expiresAt: NOW + 3_600_000,
      scope: ['read:jira-work', 'offline_access'],
    });
  });

  const S = '<state>';
  it.each([
    ['a missing state', `${REDIRECT}?code=c`, 'state_missing'],
    ['an empty state', `${REDIRECT}?code=c&state=`, 'state_missing'],
    ['a state we never issued', `${REDIRECT}?code=c&state=${'A'.repeat(43)}`, 'state_mismatch'],
    ['a malformed state', `${REDIRECT}?code=c&state=../x`, 'state_mismatch'],
    ['a duplicated state', `${REDIRECT}?code=c&state=${S}&state=${S}`, 'duplicate_parameter'],
    ['a duplicated code', `${REDIRECT}?code=c&code=d&state=${S}`, 'duplicate_parameter'],
    ['a duplicated error', `${REDIRECT}?error=access_denied&error=server_error&state=${S}`, 'duplicate_parameter'],
    ['a missing code', `${REDIRECT}?state=${S}`, 'code_missing'],
    ['an empty code', `${REDIRECT}?code=&state=${S}`, 'code_missing'],
    ['a lookalike origin', `https://${ORIGIN}.evil.com/?code=c&state=${S}`, 'redirect_mismatch'],
    ['a lookalike via user info', `https://${ORIGIN}@evil.com/?code=c&state=${S}`, 'redirect_mismatch'],
    ['user info on the right host', `https://evil.com@${ORIGIN}/?code=c&state=${S}`, 'redirect_mismatch'],
    ['another subdomain', `https://x.${ORIGIN}/?code=c&state=${S}`, 'redirect_mismatch'],
    ['plain http', `http://${ORIGIN}/?code=c&state=${S}`, 'redirect_mismatch'],
    ['another port', `https://${ORIGIN}:8443/?code=c&state=${S}`, 'redirect_mismatch'],
    ['another path', `https://${ORIGIN}/callback?code=c&state=${S}`, 'redirect_mismatch'],
    ['a longer path (Firefox prefix match)', `https://${ORIGIN}/x/?code=c&state=${S}`, 'redirect_mismatch'],
    ['not a URL', 'not a url', 'redirect_mismatch'],
    ['parameters in the fragment', `${REDIRECT}#code=c&state=${S}`, 'redirect_mismatch'],
    ['a token in the fragment', `${REDIRECT}?code=c&state=${S}#access_token=t`, 'redirect_mismatch'],
    ['a declined consent', `${REDIRECT}?error=access_denied&error_description=no&state=${S}`, 'access_denied'],
    ['another error', `${REDIRECT}?error=server_error&error_description=Try%20later&state=${S}`, 'authorization_failed'],
    ['an error with a code', `${REDIRECT}?error=invalid_scope&code=c&state=${S}`, 'authorization_failed'],
  ])('refuses %s without any token request', async (_name, url, code) => {
    const error = await rejection(completeAuthorization(deps(), url.replaceAll(S, state), REDIRECT, state));
    expect(error.code).toBe(code);
    expect(send).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('says plainly that the user declined, and passes Atlassian’s description on for other errors', () => {
    expect(() => parseCallback(`${REDIRECT}?error=access_denied&state=s`, REDIRECT)).toThrow(
      'You declined access to your Atlassian account.',
    );
    expect(() => parseCallback(`${REDIRECT}?error=server_error&error_description=Try%20later&state=s`, REDIRECT)).toThrow(
      'Atlassian could not sign you in: Try later',
    );
  });

  it('accepts an innocuous fragment and a trailing query the redirect did not have', () => {
    expect(parseCallback(`${REDIRECT}?code=c&state=s&x=1#done`, REDIRECT)).toEqual({ code: 'c', state: 's' });
  });

  it('refuses a replayed callback without a second token request', async () => {
    const url = `${REDIRECT}?code=c&state=${state}`;
    await completeAuthorization(deps(), url, REDIRECT, state);
    expect(await rejectionCode(completeAuthorization(deps(), url, REDIRECT, state))).toBe('state_mismatch');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('refuses an answer that carries another sign-in’s state, and leaves that state to its own flow', async () => {
    const other = await createAuthState({ randomBytes: () => new Uint8Array(32).fill(7), now: () => NOW, session: fakeBrowser.storage.session }, 'work');
    const error = await rejection(completeAuthorization(deps(), `${REDIRECT}?code=c&state=${other}`, REDIRECT, state));
    expect(error.code).toBe('state_mismatch');
    expect(send).not.toHaveBeenCalled();
    // The other flow still completes with its own answer.
    await completeAuthorization(deps(), `${REDIRECT}?code=c&state=${other}`, REDIRECT, other);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('does not retry the code exchange after a network failure', async () => {
    send.mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await rejectionCode(completeAuthorization(deps(), `${REDIRECT}?code=c&state=${state}`, REDIRECT, state))).toBe('network');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('maps a used code to invalid_grant and stores nothing', async () => {
    send.mockResolvedValue(jsonResponse({ error: 'invalid_grant', error_description: 'Invalid authorization code' }, 403));
    expect(await rejectionCode(completeAuthorization(deps(), `${REDIRECT}?code=c&state=${state}`, REDIRECT, state))).toBe('invalid_grant');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('uses the stored secret', async () => {
    await saveSecret(fakeBrowser.storage.local, 'work', 'stored-secret');
    await completeAuthorization(
      { ...deps(), getSecret: (id) => readSecret(fakeBrowser.storage.local, id) },
      `${REDIRECT}?code=c&state=${state}`,
      REDIRECT,
      state,
    );
    expect((send.mock.calls[0]?.[0].body as Record<string, string>).client_secret).toBe('stored-secret');
  });

  it('needs a client secret before it sends anything', async () => {
    const error = await rejection(
      completeAuthorization({ ...deps(), getSecret: async () => undefined }, `${REDIRECT}?code=c&state=${state}`, REDIRECT, state),
    );
    expect(error.code).toBe('client_auth_failed');
    expect(send).not.toHaveBeenCalled();
  });
});
