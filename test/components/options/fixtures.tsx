import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp.tsx';
import type { AuthState, ProfileView, Session } from '../../../lib/messaging/views.ts';
import { memoryArea } from '../../fake-storage.ts';
import { fakeWorker, type Handlers } from '../fake-worker.ts';

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
    system: { available: false, reason: 'no_app' },
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

export function renderOptions(
  handlers: Handlers,
  ensureHostPermissions = vi.fn(async (_urls: string[]) => true),
  templateStorage = { sync: memoryArea().area, local: memoryArea().area },
) {
  const fake = fakeWorker(handlers);
  const copy = vi.fn(async (_text: string) => {});
  render(
    <OptionsApp
      request={fake.request}
      copy={copy}
      ensureHostPermissions={ensureHostPermissions}
      templateStorage={templateStorage}
    />,
  );
  return { ...fake, copy, ensureHostPermissions };
}

export { deferred } from '../../deferred.ts';
