// The worker's real handlers against the real simulator: WorkerDeps on the fake browser's storage,
// the production HTTP client over the simulator's TLS, a token provider fed by a simulator
// sign-in, and a clock shared with the simulator so a fake sleep moves both.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { authProfileSchema } from '../../../lib/auth/profile.ts';
import { saveCustomProfile, selectProfile } from '../../../lib/auth/profile-store.ts';
import { saveSecret } from '../../../lib/auth/secret-store.ts';
import { systemApp } from '../../../lib/auth/system-profile.ts';
import { saveTokenSet } from '../../../lib/auth/token-store.ts';
import type { MessageType, ReplyOf, RequestOf } from '../../../lib/messaging/protocol.ts';
import type { WorkerDeps } from '../../../lib/worker/deps.ts';
import { wireWorker } from '../../../lib/worker/wire-worker.ts';
import { DEMO_CLIENT, DEMO_REDIRECT_URI } from '../../sim/seed/clients.ts';
import type { TokenResponse } from '../../sim/oauth/tokens.ts';
import type { LoggedRequest, Simulator } from '../../sim/server.ts';

export const PROFILE_ID = 'work';

export interface SimWorker {
  call<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ReplyOf<T>>;
  deps: WorkerDeps;
  /** Every wait the handlers asked for (retries, lost-create checks), in ms. */
  waits: number[];
  /** The retry waits announced to pages (IssueHandlerOptions.onWait), in ms. */
  announced: number[];
  /** Background cache reloads started so far; await them with settle(). */
  settle(): Promise<void>;
  /** Moves the shared clock (simulator and worker) forward. */
  advance(ms: number): void;
  /** Jira requests (api.atlassian.com) logged since the last clearLog(), as "METHOD path". */
  jiraRequests(): string[];
  /** The next POST /rest/api/3/issue reaches Jira, which acts on it, but its answer is lost. */
  loseNextCreateAnswer(): void;
  restore(): void;
}

export interface SimWorkerOptions {
  tokens: TokenResponse;
}

export function simWorker(sim: Simulator, options: SimWorkerOptions): SimWorker {
  fakeBrowser.reset();
  const baseNow = sim.state.now;
  let offset = 0;
  sim.state.now = () => baseNow() + offset;
  const now = () => sim.state.now();
  const waits: number[] = [];
  const announced: number[] = [];
  const tasks: Promise<void>[] = [];
  let loseCreate = false;

  const fetchImpl: typeof fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (loseCreate && init?.method === 'POST' && new URL(url).pathname.endsWith('/rest/api/3/issue')) {
      loseCreate = false;
      const answer = await sim.fetch(input, init);
      await answer.body?.cancel();
      // What fetch does when the connection breaks after the request was sent.
      throw new TypeError('fetch failed');
    }
    return sim.fetch(input, init);
  };

  const local = fakeBrowser.storage.local;
  const session = fakeBrowser.storage.session;
  const { deps, handlers } = wireWorker(
    {
      local,
      session,
      sync: fakeBrowser.storage.sync,
      fetch: fetchImpl,
      readManaged: async () => undefined,
      watchStorage: (listener) => fakeBrowser.storage.onChanged.addListener(listener),
      system: systemApp({}),
      launchWebAuthFlow: async () => {
        throw new Error('no consent flow in these tests');
      },
      redirectUri: DEMO_REDIRECT_URI,
      now,
      // No windows in these tests; capture-handlers.test.ts checks what is opened.
      openWindow: async () => {},
      pageUrl: (path) => `chrome-extension://sim${path}`,
    },
    {
      sleep: async (ms) => {
        waits.push(ms);
        offset += ms;
      },
      random: () => 0.5,
      background: (task) => tasks.push(task),
      onWait: (ms) => announced.push(ms),
    },
  );

  const ready = (async () => {
    const profile = authProfileSchema.parse({ id: PROFILE_ID, kind: 'custom', name: 'Work', clientId: DEMO_CLIENT.clientId });
    await saveCustomProfile(local, profile);
    await saveSecret(local, PROFILE_ID, DEMO_CLIENT.clientSecret);
    await selectProfile(local, PROFILE_ID);
    const t = options.tokens;
    await saveTokenSet({ local, session }, PROFILE_ID, {
      accessToken: t.access_token,
      expiresAt: now() + t.expires_in * 1000,
      scope: t.scope.split(' '),
      ...(t.refresh_token ? { refreshToken: t.refresh_token } : {}),
    });
  })();

  return {
    deps,
    waits,
    announced,
    async call(type, payload) {
      await ready;
      const handler = handlers[type] as (p: typeof payload) => Promise<ReplyOf<typeof type>>;
      return handler(payload);
    },
    settle: async () => {
      while (tasks.length > 0) await Promise.all(tasks.splice(0));
    },
    advance: (ms) => {
      offset += ms;
    },
    jiraRequests: () => sim.log.filter((r: LoggedRequest) => r.host === 'api.atlassian.com').map((r) => `${r.method} ${r.path}`),
    loseNextCreateAnswer: () => {
      loseCreate = true;
    },
    restore: () => {
      sim.state.now = baseNow;
    },
  };
}
