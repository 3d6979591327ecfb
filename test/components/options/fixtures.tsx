import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp.tsx';
import type { MessageClient } from '../../../lib/messaging/client.ts';
import type { MessageType, ReplyOf, RequestOf } from '../../../lib/messaging/protocol.ts';
import type { AuthState, ProfileView, Session } from '../../../lib/messaging/views.ts';

export const CALLBACK = 'https://kgcfpfaikodlimniaiobimlmldeochnc.chromiumapp.org/';

export function profile(overrides: Partial<ProfileView> = {}): ProfileView {
  return {
    id: 'p1',
    kind: 'custom',
    name: 'Team app',
    clientId: 'client-1',
    authorizationUrl: 'https://auth.atlassian.com/authorize',
    tokenUrl: 'https://auth.atlassian.com/oauth/token',
    refreshUrl: 'https://auth.atlassian.com/oauth/token',
    scopes: ['read:jira-work', 'write:jira-work', 'read:jira-user', 'offline_access'],
    audience: 'api.atlassian.com',
    locked: [],
    hasSecret: true,
    ...overrides,
  };
}

export function authState(overrides: Partial<AuthState> = {}): AuthState {
  return {
    profiles: [],
    selectedProfileId: null,
    system: { available: false, reason: 'This build carries no built-in app.' },
    managed: false,
    callbackUrl: CALLBACK,
    connections: {},
    ...overrides,
  };
}

export const site = (id: string, name: string, avatarUrl?: string) => ({
  id,
  name,
  url: `https://${id}.atlassian.net`,
  scopes: ['read:jira-work'],
  ...(avatarUrl ? { avatarUrl } : {}),
});

export function session(overrides: Partial<Session> = {}): Session {
  const sites = overrides.sites ?? [site('acme', 'Acme')];
  return {
    profileId: 'p1',
    profileName: 'Team app',
    sites,
    site: sites[0] ?? null,
    user: { accountId: 'u1', displayName: 'Ada Lovelace' },
    ...overrides,
  };
}

export type Handlers = {
  [T in MessageType]?: (payload: RequestOf<T>) => ReplyOf<T> | Promise<ReplyOf<T>>;
};

/** A fake worker: each message type answered by its handler; anything else is a test bug. */
export function fakeRequest(handlers: Handlers) {
  const calls = vi.fn(async (type: MessageType, payload: unknown): Promise<unknown> => {
    const handler = handlers[type] as ((p: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`unexpected request ${type}`);
    return handler(payload);
  });
  return { request: calls as unknown as MessageClient, calls };
}

/** Payloads sent with one message type, in order. */
export const sent = (calls: ReturnType<typeof fakeRequest>['calls'], type: MessageType) =>
  calls.mock.calls.filter(([t]) => t === type).map(([, payload]) => payload);

export function renderOptions(handlers: Handlers, ensureHostPermissions = vi.fn(async (_urls: string[]) => true)) {
  const fake = fakeRequest(handlers);
  const copy = vi.fn(async (_text: string) => {});
  render(
    <OptionsApp
      request={fake.request}
      copy={copy}
      ensureHostPermissions={ensureHostPermissions}
      templateStorage={{ sync: fakeBrowser.storage.sync, local: fakeBrowser.storage.local }}
    />,
  );
  return { ...fake, copy, ensureHostPermissions };
}

export { deferred } from '../../deferred.ts';
