// What the popup's tests share: two sites and a session on the first.
import type { Site } from '../../../lib/jira/site.ts';
import type { AuthState, Session } from '../../../lib/messaging/views.ts';

export const acme: Site = { id: 'c-acme', name: 'Acme', url: 'https://acme.atlassian.net', scopes: [] };
export const globex: Site = { id: 'c-globex', name: 'Globex', url: 'https://globex.atlassian.net', scopes: [] };

export function session(overrides: Partial<Session> = {}): Session {
  return {
    profileId: 'p1',
    profileName: 'Work',
    sites: [acme, globex],
    site: acme,
    user: { accountId: 'u1', displayName: 'Alana Grant', avatarUrl: 'https://avatars.example/alana.png' },
    ...overrides,
  };
}

export function authState(selectedProfileId: string | null): AuthState {
  return {
    profiles: [],
    selectedProfileId,
    system: { available: false },
    managed: false,
    callbackUrl: 'https://abc.chromiumapp.org/',
    connections: {},
  };
}

export { deferred } from '../../deferred.ts';
