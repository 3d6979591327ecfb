import { describe, expect, it, vi } from 'vitest';
import { createMessageServer } from '../../../lib/messaging/server.ts';
import type { Handlers } from '../../../lib/messaging/server.ts';

const ID = 'kgcfpfaikodlimniaiobimlmldeochnc';
const ORIGIN = `chrome-extension://${ID}/`;
const site = { id: 'c1', name: 'Acme', url: 'https://acme.atlassian.net', scopes: ['read:jira-work'] };

function server(handlers: Partial<Handlers> = {}) {
  // Only sites.list is exercised here; the other handlers are never reached.
  const all = { 'sites.list': vi.fn(async () => [site]), ...handlers } as unknown as Handlers;
  return { all, handle: createMessageServer(all, { extensionId: ID, extensionOrigin: ORIGIN }) };
}

describe('message server', () => {
  it.each([
    ['a content script on a web page', { id: ID, url: 'https://evil.example/page' }],
    ['another extension', { id: 'otherextensionidotherextension', url: `chrome-extension://otherextensionidotherextension/x.html` }],
    ['a sender with our id but another origin', { id: ID, url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html' }],
    ['a sender without a URL', { id: ID }],
    ['a sender without an id', { url: `${ORIGIN}popup.html` }],
  ])('refuses %s without running a handler', async (_name, sender) => {
    const { all, handle } = server();
    const reply = await handle({ type: 'sites.list', payload: {} }, sender);
    expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'forbidden_sender' }) });
    expect(all['sites.list']).not.toHaveBeenCalled();
  });

  it('answers its own popup, also when the popup is open in a tab', async () => {
    const { handle } = server();
    const reply = await handle({ type: 'sites.list', payload: {} }, { id: ID, url: `${ORIGIN}popup.html#create` });
    expect(reply).toEqual({ ok: true, value: [site] });
  });

  it.each([
    ['an unknown type', { type: 'tokens.dump', payload: {} }],
    ['no type', { payload: {} }],
    ['not an object', 'sites.list'],
  ])('refuses %s as bad_message', async (_name, message) => {
    const reply = await server().handle(message, { id: ID, url: `${ORIGIN}popup.html` });
    expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'bad_message' }) });
  });

  it('carries a handler failure as a coded error instead of crashing', async () => {
    const { handle } = server({
      'sites.list': async () => {
        throw new TypeError('boom');
      },
    });
    const reply = await handle({ type: 'sites.list', payload: {} }, { id: ID, url: `${ORIGIN}options.html` });
    expect(reply).toEqual({ ok: false, error: { code: 'unknown', message: 'boom' } });
  });
});
