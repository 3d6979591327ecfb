// The worker put together from the browser's pieces: the background script passes the browser's,
// tests pass the fake browser's storage and the simulator's fetch, and both run this same assembly.
import { createSiteRefusals } from '../auth/site-refusals.ts';
import { createTokenProvider } from '../auth/access-token.ts';
import type { SystemApp } from '../auth/system-profile.ts';
import { createHttpSender } from '../jira/client.ts';
import type { Handlers } from '../messaging/server.ts';
import type { WorkerDeps } from './deps.ts';
import { createFirstFrameStore } from './first-frame.ts';
import { createHandlers } from './handlers.ts';
import type { IssueHandlerOptions } from './jira-context.ts';
import { createProfileRegistry, type RegistryDeps } from './profile-registry.ts';

/** What only the browser (or a test standing in for it) can give. */
export type WorkerPlatform = Pick<WorkerDeps, 'local' | 'session' | 'sync' | 'launchWebAuthFlow' | 'redirectUri' | 'openWindow' | 'pageUrl'> &
  Partial<Pick<WorkerDeps, 'now' | 'randomBytes' | 'newId'>> & {
    fetch: typeof fetch;
    /** storage.managed.get(): the organization's policy. */
    readManaged: RegistryDeps['readManaged'];
    /** The built-in app this build carries, if any (README, "System app"). */
    system: SystemApp;
  };

export interface WiredWorker {
  deps: WorkerDeps;
  handlers: Handlers;
}

export function wireWorker(platform: WorkerPlatform, options: IssueHandlerOptions = {}): WiredWorker {
  const { fetch: fetchImpl, readManaged, system, ...browser } = platform;
  const now = platform.now ?? (() => Date.now());
  const registry = createProfileRegistry({ local: platform.local, readManaged, system });
  const http = createHttpSender(fetchImpl);
  const tokens = createTokenProvider({
    send: (request) => http(request),
    now,
    local: platform.local,
    session: platform.session,
    getProfile: registry.get,
    getSecret: registry.getSecret,
  });
  const deps: WorkerDeps = {
    randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
    newId: () => crypto.randomUUID(),
    ...browser,
    now,
    registry,
    http,
    tokens,
    siteRefusals: createSiteRefusals(),
    firstFrame: createFirstFrameStore(platform.session),
  };
  return { deps, handlers: createHandlers(deps, system.available ? undefined : system.reason, options) };
}
