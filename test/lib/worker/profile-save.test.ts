import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { markReconnectNeeded } from '../../../lib/auth/connection-status.ts';
import { saveCustomProfile, selectProfile } from '../../../lib/auth/profile-store.ts';
import { readSecret, saveSecret } from '../../../lib/auth/secret-store.ts';
import { systemApp } from '../../../lib/auth/system-profile.ts';
import { readAccessToken, readRefreshToken, saveTokenSet } from '../../../lib/auth/token-store.ts';
import { wireWorker } from '../../../lib/worker/wire-worker.ts';
import { testProfile } from '../auth/helpers.ts';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const PROFILE = testProfile({ id: 'work' });
const FORM = { id: 'work', name: 'Work', clientId: 'client-1', tokenUrl: PROFILE.tokenUrl, refreshUrl: PROFILE.refreshUrl };
const BROKER = 'https://broker.example.com/oauth/token';

/** The worker's profile handlers on the fake browser's storage; saving a profile sends nothing. */
async function connectedWorker() {
  fakeBrowser.reset();
  const local = fakeBrowser.storage.local;
  const { deps, handlers } = wireWorker({
    local,
    session: fakeBrowser.storage.session,
    sync: fakeBrowser.storage.sync,
    fetch: () => Promise.reject(new Error('no request expected')),
    readManaged: async () => undefined,
    system: systemApp({}),
    launchWebAuthFlow: () => Promise.reject(new Error('no sign-in expected')),
    redirectUri: 'https://kgcfpfaikodlimniaiobimlmldeochnc.chromiumapp.org/',
    now: () => NOW,
    randomBytes: (n) => new Uint8Array(n),
    newId: () => 'new-profile',
    openWindow: () => Promise.reject(new Error('no window expected')),
    pageUrl: (path) => `chrome-extension://test${path}`,
  });
  await saveCustomProfile(local, PROFILE);
  await saveSecret(local, PROFILE.id, 'old-secret');
  await selectProfile(local, PROFILE.id);
  await saveTokenSet(deps, PROFILE.id, { accessToken: 'access-1', refreshToken: 'refresh-1', expiresAt: NOW + 3_600_000, scope: [] });
  return { deps, save: handlers['profiles.save'] };
}

describe('saving a profile with another token endpoint', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks for the secret again and changes nothing until it is given', async () => {
    const { deps, save } = await connectedWorker();
    const reply = await save({ form: { ...FORM, tokenUrl: BROKER, clientSecret: '' } });
    expect(reply).toEqual({
      ok: false,
      errors: { clientSecret: { code: 'field_required', message: 'Enter the client secret again: the token URL changed.' } },
    });
    expect((await deps.registry.get('work'))?.tokenUrl).toBe(PROFILE.tokenUrl);
    expect((await readRefreshToken(deps, 'work')).state).toBe('ok');
  });

  it('with a new secret, drops the old endpoint’s tokens: the profile is no longer connected', async () => {
    const { deps, save } = await connectedWorker();
    await markReconnectNeeded(deps.local, 'work', 'Atlassian no longer accepts the sign-in of “Work”.');
    const reply = await save({ form: { ...FORM, refreshUrl: BROKER, clientSecret: 'broker-secret' } });
    if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
    expect(reply.state.connections['work']).toEqual({ status: 'not_connected' });
    expect((await readRefreshToken(deps, 'work')).state).toBe('absent');
    expect(await readAccessToken(deps, 'work')).toBeUndefined();
    expect(await readSecret(deps.local, 'work')).toBe('broker-secret');
    expect((await deps.registry.get('work'))?.refreshUrl).toBe(BROKER);
  });

  it('keeps the sign-in when only the name changes', async () => {
    const { save } = await connectedWorker();
    const reply = await save({ form: { ...FORM, name: 'Day job', clientSecret: '' } });
    if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
    expect(reply.state.connections['work']).toEqual({ status: 'connected' });
  });
});
