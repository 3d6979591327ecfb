import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUTH_STATE_TTL_MS, consumeAuthState, createAuthState } from '../../../lib/auth/state.ts';
import { randomBytes, rejectionCode } from './helpers.ts';

describe('OAuth state', () => {
  let now = 1_000_000;
  const deps = () => ({ randomBytes, now: () => now, session: fakeBrowser.storage.session });
  beforeEach(() => {
    fakeBrowser.reset();
    now = 1_000_000;
  });

  it('is 256 random bits in unpadded base64url', async () => {
    const requested: number[] = [];
    const state = await createAuthState(
      { ...deps(), randomBytes: (n) => (requested.push(n), new Uint8Array(n).fill(0xfb)) },
      'work',
    );
    expect(requested).toEqual([32]);
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(state).toBe('-_v7'.repeat(10) + '-_s');
  });

  it('differs every time', async () => {
    const states = await Promise.all(Array.from({ length: 20 }, () => createAuthState(deps(), 'work')));
    expect(new Set(states).size).toBe(20);
  });

  it('gives back the profile it was created for, once', async () => {
    const state = await createAuthState(deps(), 'work');
    await expect(consumeAuthState(deps(), state)).resolves.toBe('work');
    expect(await rejectionCode(consumeAuthState(deps(), state))).toBe('state_mismatch');
  });

  it('is single-use even when two callbacks race', async () => {
    const state = await createAuthState(deps(), 'work');
    const results = await Promise.allSettled([consumeAuthState(deps(), state), consumeAuthState(deps(), state)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('expires after 10 minutes, and is gone after that first try', async () => {
    const state = await createAuthState(deps(), 'work');
    now += AUTH_STATE_TTL_MS;
    expect(await rejectionCode(consumeAuthState(deps(), state))).toBe('state_expired');
    now -= AUTH_STATE_TTL_MS;
    expect(await rejectionCode(consumeAuthState(deps(), state))).toBe('state_mismatch');
  });

  it('is still valid just before expiry', async () => {
    const state = await createAuthState(deps(), 'work');
    now += AUTH_STATE_TTL_MS - 1;
    await expect(consumeAuthState(deps(), state)).resolves.toBe('work');
  });

  it.each(['', 'x', 'a'.repeat(43) + '=', '../auth.refresh.work', 'A'.repeat(43)])('refuses unknown state %j', async (state) => {
    await createAuthState(deps(), 'work');
    expect(await rejectionCode(consumeAuthState(deps(), state))).toBe('state_mismatch');
  });

  it('lives in the session area and drops abandoned expired states', async () => {
    const old = await createAuthState(deps(), 'work');
    now += AUTH_STATE_TTL_MS;
    const fresh = await createAuthState(deps(), 'home');
    const keys = Object.keys(await fakeBrowser.storage.session.get(null));
    expect(keys).toEqual([`auth.state.${fresh}`]);
    expect(keys).not.toContain(`auth.state.${old}`);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
