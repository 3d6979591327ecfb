import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTokenProvider, REFRESH_AHEAD_MS, type TokenProviderDeps } from '../../../lib/auth/access-token.ts';
import { readSecret, saveSecret } from '../../../lib/auth/secret-store.ts';
import { readAccessToken, readRefreshToken, saveTokenSet } from '../../../lib/auth/token-store.ts';
import { CodedError } from '../../../lib/errors.ts';
import type { HttpRequest } from '../../../lib/jira/http-request.ts';
import { jsonResponse, recordingArea, rejection, rejectionCode, testProfile, tokenBody } from './helpers.ts';

const profiles = { work: testProfile({ id: 'work', name: 'Work' }), home: testProfile({ id: 'home', name: 'Home' }) };
const areas = () => ({ local: fakeBrowser.storage.local, session: fakeBrowser.storage.session });

describe('access tokens', () => {
  let now: number;
  let issued: number;
  let sleeps: number[];
  let send: ReturnType<typeof vi.fn<(request: HttpRequest) => Promise<Response>>>;

  /** A token endpoint that answers after a real (short) delay, so concurrent callers overlap. */
  const answerWithNextTokens = async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    issued += 1;
    return jsonResponse(tokenBody(issued));
  };
  const refreshTokensSent = () => send.mock.calls.map(([request]) => (request.body as { refresh_token: string }).refresh_token);

  const provider = (overrides: Partial<TokenProviderDeps> = {}) =>
    createTokenProvider({
      ...areas(),
      send,
      now: () => now,
      getProfile: async (id) => profiles[id as keyof typeof profiles],
      getSecret: (id) => readSecret(fakeBrowser.storage.local, id),
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0.5,
      ...overrides,
    });

  /** Profile `id` signed in as token set `n`, its access token expiring at `expiresAt`. */
  const signIn = async (id: string, n: number, expiresAt: number) => {
    await saveSecret(fakeBrowser.storage.local, id, `secret-${id}`);
    await saveTokenSet(areas(), id, { accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresAt, scope: [] });
  };

  beforeEach(async () => {
    fakeBrowser.reset();
    now = 10_000_000;
    issued = 1;
    sleeps = [];
    send = vi.fn(answerWithNextTokens);
    await signIn('work', 1, now - 1);
  });

  it('hands out a stored token that is valid for at least another minute, without a request', async () => {
    await signIn('work', 1, now + REFRESH_AHEAD_MS);
    await expect(provider().getAccessToken('work')).resolves.toBe('access-1');
    expect(send).not.toHaveBeenCalled();
  });

  it('refreshes a token that expires within the minute, and stores the rotated refresh token', async () => {
    await signIn('work', 1, now + REFRESH_AHEAD_MS - 1);
    await expect(provider().getAccessToken('work')).resolves.toBe('access-2');
    expect(send.mock.calls[0]?.[0]).toEqual({
      method: 'POST',
      url: 'https://auth.atlassian.com/oauth/token',
      body: { grant_type: 'refresh_token', client_id: 'client-1', client_secret: 'secret-work', refresh_token: 'refresh-1' },
      idempotent: false,
    });
    expect(await readRefreshToken(areas(), 'work')).toEqual({ state: 'ok', value: 'refresh-2' });
    expect(await readAccessToken(areas(), 'work')).toEqual({ token: 'access-2', expiresAt: now + 3_600_000, scope: ['read:jira-work', 'offline_access'] });
  });

  it('stores the rotated refresh token before the new access token', async () => {
    const log: string[] = [];
    const tokens = provider({
      local: recordingArea('local', fakeBrowser.storage.local, log),
      session: recordingArea('session', fakeBrowser.storage.session, log),
    });
    await tokens.getAccessToken('work');
    expect(log).toEqual(['local.set auth.refresh.work', 'session.set auth.access.work']);
  });

  it('keeps the refresh token when a refresh answer comes without one', async () => {
    send.mockResolvedValue(jsonResponse(tokenBody(2, { refresh_token: undefined })));
    await expect(provider().getAccessToken('work')).resolves.toBe('access-2');
    expect(await readRefreshToken(areas(), 'work')).toEqual({ state: 'ok', value: 'refresh-1' });
  });

  it('makes one refresh request for 50 concurrent callers', async () => {
    const tokens = provider();
    const results = await Promise.all(Array.from({ length: 50 }, () => tokens.getAccessToken('work')));
    expect(send).toHaveBeenCalledTimes(1);
    expect(new Set(results)).toEqual(new Set(['access-2']));
  });

  it('makes one refresh request for 50 concurrent callers right after a worker restart', async () => {
    await provider().getAccessToken('work');
    now += 3_600_000; // the access token from before the restart has expired
    const restarted = provider(); // nothing in memory, the tokens only in storage
    const results = await Promise.all(Array.from({ length: 50 }, () => restarted.getAccessToken('work')));
    expect(send).toHaveBeenCalledTimes(2);
    expect(refreshTokensSent()).toEqual(['refresh-1', 'refresh-2']);
    expect(new Set(results)).toEqual(new Set(['access-3']));
  });

  it('refreshes each profile on its own', async () => {
    await signIn('home', 7, now - 1);
    const tokens = provider();
    await Promise.all([tokens.getAccessToken('work'), tokens.getAccessToken('home'), tokens.getAccessToken('work')]);
    expect(refreshTokensSent().sort()).toEqual(['refresh-1', 'refresh-7']);
  });

  it('keeps the refresh token and the access token state after network failures, retrying with backoff', async () => {
    send.mockRejectedValue(new TypeError('Failed to fetch'));
    const before = { local: await fakeBrowser.storage.local.get(null), session: await fakeBrowser.storage.session.get(null) };
    const tokens = provider();
    expect(await rejectionCode(tokens.getAccessToken('work'))).toBe('network');
    expect(send).toHaveBeenCalledTimes(4);
    expect(sleeps).toEqual([500, 1000, 2000]);
    expect(refreshTokensSent()).toEqual(['refresh-1', 'refresh-1', 'refresh-1', 'refresh-1']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before.local);
    expect(await fakeBrowser.storage.session.get(null)).toEqual(before.session);
    // Back online: the kept refresh token still works, and the failed flight did not stick.
    send.mockImplementation(answerWithNextTokens);
    await expect(tokens.getAccessToken('work')).resolves.toBe('access-2');
  });

  it('spreads the backoff waits with jitter', async () => {
    send.mockRejectedValue(new TypeError('Failed to fetch'));
    await rejection(provider({ random: () => 0 }).getAccessToken('work'));
    expect(sleeps).toEqual([375, 750, 1500]);
  });

  it('recovers when a 5xx is followed by success, and gives server_error when 5xx persists', async () => {
    send.mockResolvedValueOnce(new Response('', { status: 503 })).mockImplementation(answerWithNextTokens);
    await expect(provider().getAccessToken('work')).resolves.toBe('access-2');
    expect(sleeps).toEqual([500]);
    now += 3_600_000;
    send.mockResolvedValue(new Response('', { status: 502 }));
    expect(await rejectionCode(provider().getAccessToken('work'))).toBe('server_error');
    expect(await readRefreshToken(areas(), 'work')).toEqual({ state: 'ok', value: 'refresh-2' });
  });

  it('does not retry what retrying cannot fix', async () => {
    send.mockResolvedValue(jsonResponse({ error: 'access_denied' }, 401));
    expect(await rejectionCode(provider().getAccessToken('work'))).toBe('client_auth_failed');
    send.mockResolvedValue(new Response('', { status: 429, headers: { 'Retry-After': '30' } }));
    expect(await rejectionCode(provider().getAccessToken('work'))).toBe('rate_limited');
    expect(send).toHaveBeenCalledTimes(2);
    expect(await readRefreshToken(areas(), 'work')).toEqual({ state: 'ok', value: 'refresh-1' });
  });

  it('on invalid_grant forgets only that profile’s tokens and asks to reconnect it', async () => {
    await signIn('home', 7, now + 3_600_000);
    send.mockResolvedValue(jsonResponse({ error: 'invalid_grant', error_description: 'Unknown or invalid refresh token.' }, 403));
    const error = await rejection(provider().getAccessToken('work'));
    expect(error.code).toBe('reconnect_needed');
    expect(error.message).toBe(
      'Atlassian no longer accepts the sign-in of profile “Work” (the grant was revoked or expired). Reconnect to continue.',
    );
    expect(send).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      'auth.secret.work': 'secret-work',
      'auth.secret.home': 'secret-home',
      'auth.refresh.home': 'refresh-7',
    });
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['auth.access.home']);
    expect(await rejectionCode(provider().getAccessToken('work'))).toBe('not_connected');
  });

  it('does not erase a sign-in that finished while a refresh was being refused', async () => {
    send.mockImplementationOnce(async () => {
      await signIn('work', 5, now - 1); // the user reconnected meanwhile
      return jsonResponse({ error: 'invalid_grant' }, 403);
    });
    await expect(provider().getAccessToken('work')).resolves.toBe('access-2');
    expect(refreshTokensSent()).toEqual(['refresh-1', 'refresh-5']);
  });

  it('lets go of a token request that timed out: it is not retried, and the next caller sends a new one', async () => {
    send.mockRejectedValueOnce(new CodedError('timeout', 'Atlassian did not answer in 20 s. Try again.'));
    const tokens = provider();
    expect(await rejectionCode(tokens.getAccessToken('work'))).toBe('timeout');
    expect(send).toHaveBeenCalledTimes(1);
    await expect(tokens.getAccessToken('work')).resolves.toBe('access-2');
    expect(refreshTokensSent()).toEqual(['refresh-1', 'refresh-1']);
  });

  describe('sign-in generations', () => {
    /** A token endpoint held back until `answer()`: the refresh is on its way meanwhile. */
    /** Holds the next refresh's answer (new tokens unless told otherwise) until the test lets it go. */
    const heldBack = (reply = () => jsonResponse(tokenBody((issued += 1)))) => {
      let answer = () => {};
      send.mockImplementationOnce(async () => {
        await new Promise<void>((resolve) => (answer = resolve));
        return reply();
      });
      return () => answer();
    };
    const sent = () => new Promise((resolve) => setTimeout(resolve, 0));
    /** Signs in again while a refresh waits for its answer, then lets the answer in: the new sign-in stays. */
    const newSignInDuringRefresh = async (answer: () => void) => {
      const tokens = provider();
      const waiting = tokens.getAccessToken('work');
      await sent();
      await tokens.replace('work', { accessToken: 'access-new', refreshToken: 'refresh-new', expiresAt: now + 3_600_000, scope: [] });
      answer();
      await expect(waiting).resolves.toBe('access-new');
      expect(await readRefreshToken(areas(), 'work')).toEqual({ state: 'ok', value: 'refresh-new' });
    };

    it('a sign-out during a refresh wins: the refresh writes nothing and its callers are told they are signed out', async () => {
      const answer = heldBack();
      const tokens = provider();
      const waiting = tokens.getAccessToken('work');
      await sent();
      await tokens.signOut('work');
      answer();
      expect(await rejectionCode(waiting)).toBe('not_connected');
      expect(await readRefreshToken(areas(), 'work')).toEqual({ state: 'absent' });
      expect(await readAccessToken(areas(), 'work')).toBeUndefined();
      expect(await rejectionCode(tokens.getAccessToken('work'))).toBe('not_connected');
    });

    it('a new sign-in during a refresh wins: the old grant’s tokens never overwrite the new ones', async () => {
      await newSignInDuringRefresh(heldBack());
      expect(send).toHaveBeenCalledTimes(1);
    });

    it('a refresh refused after a new sign-in does not erase the new sign-in', async () => {
      await newSignInDuringRefresh(heldBack(() => jsonResponse({ error: 'invalid_grant' }, 403)));
    });
  });

  it.each([
    ['no refresh token', async () => fakeBrowser.storage.local.remove('auth.refresh.work'), 'not_connected'],
    ['an unreadable refresh token', async () => fakeBrowser.storage.local.set({ 'auth.refresh.work': 42 }), 'not_connected'],
    ['no client secret', async () => fakeBrowser.storage.local.remove('auth.secret.work'), 'client_auth_failed'],
    ['an unreadable client secret', async () => fakeBrowser.storage.local.set({ 'auth.secret.work': {} }), 'bad_storage'],
  ])('with %s, makes no request and says %s', async (_name, arrange, code) => {
    await arrange();
    expect(await rejectionCode(provider().getAccessToken('work'))).toBe(code);
    expect(send).not.toHaveBeenCalled();
  });

  it('knows no unknown profile', async () => {
    expect(await rejectionCode(provider().getAccessToken('gone'))).toBe('not_connected');
  });

  describe('after Jira refused a token', () => {
    beforeEach(() => signIn('work', 1, now + 3_600_000));

    it('refreshes although the refused token has not expired', async () => {
      await expect(provider().forceRefresh('work', 'access-1')).resolves.toBe('access-2');
      expect(send).toHaveBeenCalledTimes(1);
    });

    it('reuses a token another caller already got in its place', async () => {
      const tokens = provider();
      await tokens.forceRefresh('work', 'access-1');
      await expect(tokens.forceRefresh('work', 'access-1')).resolves.toBe('access-2');
      await expect(provider().forceRefresh('work', 'access-1')).resolves.toBe('access-2');
      expect(send).toHaveBeenCalledTimes(1);
    });

    it('makes one request for 50 callers refused at once, joined by plain callers', async () => {
      const tokens = provider();
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => (i % 5 === 4 ? tokens.getAccessToken('work') : tokens.forceRefresh('work', 'access-1'))),
      );
      expect(send).toHaveBeenCalledTimes(1);
      expect(new Set(results)).toEqual(new Set(['access-2']));
    });

    it('joins a refresh already under way instead of starting another', async () => {
      await signIn('work', 1, now - 1);
      const tokens = provider();
      const first = tokens.getAccessToken('work');
      const forced = tokens.forceRefresh('work', 'access-1');
      await expect(Promise.all([first, forced])).resolves.toEqual(['access-2', 'access-2']);
      expect(send).toHaveBeenCalledTimes(1);
    });

    it('refreshes when a plain caller in flight hands back the refused token', async () => {
      const tokens = provider();
      const plain = tokens.getAccessToken('work'); // reads access-1 from storage
      const forced = tokens.forceRefresh('work', 'access-1');
      await expect(Promise.all([plain, forced])).resolves.toEqual(['access-1', 'access-2']);
      expect(send).toHaveBeenCalledTimes(1);
    });
  });
});
