import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { withBackoff } from '../../../lib/auth/backoff.ts';
import { beginAuthorization } from '../../../lib/auth/begin-authorization.ts';
import { parseCallback } from '../../../lib/auth/callback.ts';
import { consumeAuthState } from '../../../lib/auth/state.ts';
import { webAuthFlowError } from '../../../lib/auth/web-auth-flow-error.ts';
import { randomBytes, REDIRECT, testProfile } from './helpers.ts';

describe('starting a sign-in', () => {
  beforeEach(() => fakeBrowser.reset());
  const deps = () => ({ randomBytes, now: () => 0, session: fakeBrowser.storage.session });

  it('gives a consent URL whose state leads back to the profile', async () => {
    const { url: address, state } = await beginAuthorization(deps(), testProfile({ id: 'home' }), REDIRECT);
    const url = new URL(address);
    expect(url.searchParams.get('state')).toBe(state);
    const callback = parseCallback(`${REDIRECT}?code=c&state=${state}`, REDIRECT);
    await expect(consumeAuthState(deps(), callback.state)).resolves.toBe('home');
  });

  it.each([
    ['Chrome’s closed window', new Error('The user did not approve access.'), 'user_cancelled'],
    ['Firefox’s closed window', new Error('User cancelled or denied access.'), 'user_cancelled'],
    ['a page that did not load', new Error('Authorization page could not be loaded.'), 'authorization_failed'],
  ])('maps %s to %s', (_name, error, code) => {
    expect(webAuthFlowError(error).code).toBe(code);
  });
});

describe('backoff', () => {
  it('stops at the first success, and never retries what is not retryable', async () => {
    const sleeps: number[] = [];
    const options = { delaysMs: [10, 20], sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5 };
    let calls = 0;
    await expect(withBackoff(async () => (++calls < 2 ? Promise.reject(new Error('x')) : 'ok'), () => true, options)).resolves.toBe('ok');
    expect([calls, sleeps]).toEqual([2, [10]]);
    calls = 0;
    await expect(withBackoff(async () => Promise.reject(new Error(`${++calls}`)), () => false, options)).rejects.toThrow('1');
  });
});
