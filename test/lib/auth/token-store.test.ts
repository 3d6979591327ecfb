import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetSecret, readSecret, saveSecret } from '../../../lib/auth/secret-store.ts';
import { forgetTokens, readAccessToken, readRefreshToken, saveTokenSet } from '../../../lib/auth/token-store.ts';
import { recordingArea, rejectionCode } from './helpers.ts';

const tokens = (n: number, refresh = true) => ({
  accessToken: `access-${n}`,
  expiresAt: 1000 * n,
  ...(refresh ? { refreshToken: `refresh-${n}` } : {}),
  scope: ['read:jira-work'],
});

describe('token store', () => {
  beforeEach(() => fakeBrowser.reset());
  const areas = () => ({ local: fakeBrowser.storage.local, session: fakeBrowser.storage.session });

  it('keeps the access token in session storage and the refresh token in local storage', async () => {
    await saveTokenSet(areas(), 'work', tokens(1));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({
      'auth.access.work': { token: 'access-1', expiresAt: 1000, scope: ['read:jira-work'] },
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'auth.refresh.work': 'refresh-1' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('writes the new refresh token before the new access token', async () => {
    const log: string[] = [];
    const recorded = {
      local: recordingArea('local', fakeBrowser.storage.local, log),
      session: recordingArea('session', fakeBrowser.storage.session, log),
    };
    await saveTokenSet(recorded, 'work', tokens(2));
    expect(log).toEqual(['local.set auth.refresh.work', 'session.set auth.access.work']);
  });

  it('keeps the old refresh token when the answer has none', async () => {
    await saveTokenSet(areas(), 'work', tokens(1));
    await saveTokenSet(areas(), 'work', tokens(2, false));
    expect(await readRefreshToken(areas(), 'work')).toEqual({ state: 'ok', value: 'refresh-1' });
    expect((await readAccessToken(areas(), 'work'))?.token).toBe('access-2');
  });

  it('treats unreadable tokens as absent, and says when the refresh token was unreadable', async () => {
    await fakeBrowser.storage.session.set({ 'auth.access.work': { token: 42 } });
    await fakeBrowser.storage.local.set({ 'auth.refresh.work': ['x'] });
    expect(await readAccessToken(areas(), 'work')).toBeUndefined();
    expect(await readRefreshToken(areas(), 'work')).toEqual({ state: 'corrupt' });
    expect(await readRefreshToken(areas(), 'home')).toEqual({ state: 'absent' });
  });

  it('forgets one profile’s tokens, keeping its secret and everything else', async () => {
    await saveTokenSet(areas(), 'work', tokens(1));
    await saveTokenSet(areas(), 'home', tokens(2));
    await saveSecret(fakeBrowser.storage.local, 'work', 's3cret');
    await fakeBrowser.storage.local.set({ 'drafts.work': 'keep' });
    await forgetTokens(areas(), 'work');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      'auth.refresh.home': 'refresh-2',
      'auth.secret.work': 's3cret',
      'drafts.work': 'keep',
    });
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['auth.access.home']);
  });

  it('stores the client secret in local storage, and reports an unreadable one', async () => {
    const local = fakeBrowser.storage.local;
    expect(await readSecret(local, 'work')).toBeUndefined();
    await saveSecret(local, 'work', 's3cret');
    expect(await readSecret(local, 'work')).toBe('s3cret');
    await forgetSecret(local, 'work');
    expect(await readSecret(local, 'work')).toBeUndefined();
    await local.set({ 'auth.secret.work': 7 });
    expect(await rejectionCode(readSecret(local, 'work'))).toBe('bad_storage');
  });
});
