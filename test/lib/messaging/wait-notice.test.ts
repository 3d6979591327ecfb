import { describe, expect, it, vi } from 'vitest';
import { readWaitNotice, subscribeWaitNotices, waitNotice, type RuntimeEvents } from '../../../lib/messaging/wait-notice.ts';

const ID = 'kgcfpfaikodlimniaiobimlmldeochnc';
const own = { extensionId: ID, extensionOrigin: `chrome-extension://${ID}/` };
const worker = { id: ID, url: `chrome-extension://${ID}/background.js` };

describe('readWaitNotice', () => {
  it('reads a notice from the worker', () => {
    expect(readWaitNotice(waitNotice(1234), worker, own)).toEqual({ notice: 'jira_wait', until: 1234 });
  });

  it.each([
    ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/background.js' }],
    ['a content script on a web page', { id: ID, url: 'https://evil.example/' }],
    ['a sender without a URL', { id: ID }],
  ])('ignores a notice from %s', (_what, sender) => {
    expect(readWaitNotice(waitNotice(1234), sender, own)).toBeUndefined();
  });

  it.each([
    ['another page’s request to the worker', { type: 'session.get', payload: {} }],
    ['a notice without a time', { notice: 'jira_wait' }],
    ['a time that is not a number', { notice: 'jira_wait', until: 'soon' }],
    ['nothing', undefined],
  ])('ignores %s', (_what, message) => {
    expect(readWaitNotice(message, worker, own)).toBeUndefined();
  });
});

describe('subscribeWaitNotices', () => {
  function fakeRuntime() {
    const listeners = new Set<(message: unknown, sender: { id?: string; url?: string }) => void>();
    const runtime: RuntimeEvents = {
      id: ID,
      getURL: (path) => `chrome-extension://${ID}${path}`,
      onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    };
    const deliver = (message: unknown, sender: { id?: string; url?: string }) => [...listeners].map((l) => l(message, sender));
    return { runtime, listeners, deliver };
  }

  it('passes on the retry time, never answers a message, and stops when unsubscribed', () => {
    const { runtime, listeners, deliver } = fakeRuntime();
    const heard = vi.fn();
    const unsubscribe = subscribeWaitNotices(runtime, heard);
    // Returning a value (or a promise) from a page's listener would answer another page's request
    // in the worker's place.
    expect(deliver({ type: 'issue.get', payload: { key: 'A-1' } }, { id: ID, url: `chrome-extension://${ID}/popup.html` })).toEqual([undefined]);
    expect(deliver(waitNotice(5000), worker)).toEqual([undefined]);
    expect(heard.mock.calls).toEqual([[5000]]);
    unsubscribe();
    expect(listeners.size).toBe(0);
  });
});
