import { vi } from 'vitest';
import type { Site } from '../../../lib/jira/site.ts';
import type { MessageClient } from '../../../lib/messaging/client.ts';
import type { MessageType, ReplyOf, RequestOf } from '../../../lib/messaging/protocol.ts';
import type { AuthState, Session } from '../../../lib/messaging/views.ts';

type Handlers = { [T in MessageType]?: (payload: RequestOf<T>) => Promise<ReplyOf<T>> };

/** What the popup asks for besides the session (its cached first paint, and the lists of the
 *  Create tab, open by default): answered with nothing so that tests about the shell need not set
 *  it up. A test may answer these itself. */
const createTabDefaults: Handlers = {
  // Nothing cached: the popup waits for session.get, as on a browser's first open.
  'session.cached': async () => null,
  'projects.list': async () => ({ projects: [] }),
  'create.lastUsed': async () => ({}),
};

/** A stand-in for the worker: answers the messages a test sets up, fails the test on any other. */
export function fakeWorker(handlers: Handlers) {
  const all: Handlers = { ...createTabDefaults, ...handlers };
  const fn = vi.fn(async (type: MessageType, payload: unknown) => {
    const handler = all[type] as ((payload: unknown) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`unexpected message ${type}`);
    return handler(payload);
  });
  const calls = (type: MessageType) => fn.mock.calls.filter(([t]) => t === type).map(([, payload]) => payload);
  return { request: fn as unknown as MessageClient, calls };
}

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
