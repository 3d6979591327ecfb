// The worker put together from the browser's pieces: the background script passes the browser's,
// tests pass the fake browser's storage and the simulator's fetch, and both run this same assembly.
import { createSiteRefusals } from '../auth/site-refusals.ts';
import { createTokenProvider } from '../auth/access-token.ts';
import type { SystemApp } from '../auth/system-profile.ts';
import { createHttpSender } from '../jira/client.ts';
import type { Handlers } from '../messaging/server.ts';
import type { WorkerDeps } from './deps.ts';
import { createFirstFrameStore, createFrameStore } from './first-frame.ts';
import { OPTIONS_FRAME_KEY } from '../storage/keys.ts';
import { createHandlers } from './handlers.ts';
import type { IssueHandlerOptions } from './jira-context.ts';
import { createProfileRegistry, type RegistryDeps } from './profile-registry.ts';
import type { WatchHooks } from './watch-handlers.ts';
import { rememberedArea, rememberedPolicy, type WatchStorage } from './remembered-area.ts';

/** What only the browser (or a test standing in for it) can give. */
export type WorkerPlatform = Pick<WorkerDeps, 'local' | 'session' | 'sync' | 'launchWebAuthFlow' | 'redirectUri' | 'openWindow' | 'pageUrl'> &
  Partial<Pick<WorkerDeps, 'now' | 'randomBytes' | 'newId'>> & {
    fetch: typeof fetch;
    /** storage.managed.get(): the organization's policy. */
    readManaged: RegistryDeps['readManaged'];
    /** The built-in app this build carries, if any (README, "System app"). */
    system: SystemApp;
    /** storage.onChanged: what the worker keeps in memory is read again once it changed. */
    watchStorage?: WatchStorage;
  };

export interface WiredWorker {
  deps: WorkerDeps;
  handlers: Handlers;
}

export function wireWorker(platform: WorkerPlatform, options: IssueHandlerOptions = {}, watchHooks?: WatchHooks): WiredWorker {
  const { fetch: fetchImpl, readManaged, system, watchStorage, ...browser } = platform;
  const now = platform.now ?? (() => Date.now());
  // Who is signed in, with which profile, from memory (remembered-area.ts). storage.session (the
  // access token, the session views) is still read each time: kept in memory too, the session
  // check after a network comes back answered before the worker's own requests were back online
  // (test/e2e/offline.e2e.ts, the options page), and the page asks again only on the next change.
  const local = rememberedArea(platform.local, 'local', watchStorage);
  const session = platform.session;
  const registry = createProfileRegistry({ local, readManaged: rememberedPolicy(readManaged, watchStorage), system });
  const http = createHttpSender(fetchImpl);
  const tokens = createTokenProvider({
    send: (request) => http(request),
    now,
    local,
    session,
    getProfile: registry.get,
    getSecret: registry.getSecret,
  });
  const deps: WorkerDeps = {
    randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
    newId: () => crypto.randomUUID(),
    ...browser,
    local,
    session,
    now,
    registry,
    http,
    tokens,
    siteRefusals: createSiteRefusals(),
    firstFrame: createFirstFrameStore(session),
    optionsFrame: createFrameStore(session, OPTIONS_FRAME_KEY),
  };
  // A new policy may select another profile, lock fields or forbid profiles: the pages' first
  // frames may show the state before it.
  watchStorage?.((_changes, area) => {
    if (area === 'managed') void Promise.all([deps.firstFrame.clear(), deps.optionsFrame.clear()]);
  });
  return { deps, handlers: createHandlers(deps, system.available ? undefined : system.reason, options, watchHooks) };
}
