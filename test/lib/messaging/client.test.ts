import { describe, expect, it, vi } from 'vitest';
import { CONNECT_DEADLINE_MS, createMessageClient, MESSAGE_DEADLINE_MS } from '../../../lib/messaging/client.ts';
import { rejection } from '../../coded-failure.ts';

const site = { id: 'c1', name: 'Acme', url: 'https://acme.atlassian.net', scopes: [] };

describe('message client', () => {
  it('sends a typed envelope and returns the parsed reply', async () => {
    const sent: unknown[] = [];
    const request = createMessageClient(async (message) => {
      sent.push(message);
      return { ok: true, value: [site] };
    });
    await expect(request('sites.list', {})).resolves.toEqual([site]);
    expect(sent).toEqual([{ type: 'sites.list', payload: {} }]);
  });

  it('rethrows the worker’s error with its code and details', async () => {
    const request = createMessageClient(async () => ({
      ok: false,
      error: { code: 'rate_limited', message: 'wait', retryAfterMs: 3000, status: 429 },
    }));
    const error = await rejection(request('sites.list', {}));
    expect(error.code).toBe('rate_limited');
    expect(error.details.retryAfterMs).toBe(3000);
  });

  it.each([
    ['no envelope', undefined],
    ['an unknown error code', { ok: false, error: { code: 'teapot', message: 'x' } }],
    ['a value of the wrong shape', { ok: true, value: [{ id: 'c1', url: 'javascript:alert(1)' }] }],
  ])('treats %s as bad_message', async (_name, reply) => {
    const request = createMessageClient(async () => reply);
    expect((await rejection(request('sites.list', {}))).code).toBe('bad_message');
  });

  it('says the extension did not answer when the worker is gone', async () => {
    const request = createMessageClient(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const error = await rejection(request('sites.list', {}));
    expect(error.code).toBe('no_answer');
    expect(error.message).toMatch(/did not answer/);
  });

  it('gives up on a worker that never answers once the message’s deadline has passed', async () => {
    vi.useFakeTimers();
    try {
      const request = createMessageClient(() => new Promise(() => {}));
      const answer = rejection(request('sites.list', {}));
      await vi.advanceTimersByTimeAsync(MESSAGE_DEADLINE_MS - 1);
      let settled = false;
      void answer.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await answer).code).toBe('no_answer');
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits longer for a sign-in, which waits for the user on Atlassian’s consent page', async () => {
    vi.useFakeTimers();
    try {
      let settled = false;
      const request = createMessageClient(() => new Promise(() => {}));
      void request('auth.connect', { profileId: 'p' }).catch(() => (settled = true));
      await vi.advanceTimersByTimeAsync(MESSAGE_DEADLINE_MS + 1);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(CONNECT_DEADLINE_MS);
      expect(settled).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
