// The worker's sign-in handlers with an organization policy in storage.managed, against the real
// simulator: the fake browser's storage, the production HTTP client, and a consent window that
// walks the simulator's authorize page and presses Accept, as a user would.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { systemApp, type SystemApp } from '../../../lib/auth/system-profile.ts';
import type { Handlers } from '../../../lib/messaging/server.ts';
import type { WorkerDeps } from '../../../lib/worker/deps.ts';
import type { WatchStorage } from '../../../lib/worker/remembered-area.ts';
import { wireWorker } from '../../../lib/worker/wire-worker.ts';
import { consentForm } from '../../sim/oauth/sign-in.ts';
import { DEMO_REDIRECT_URI } from '../../sim/seed/clients.ts';
import type { Simulator } from '../../sim/server.ts';

export interface PolicyWorker {
  deps: WorkerDeps;
  handlers: Handlers;
  /** What storage.managed holds from now on, as when an admin changes the policy. */
  setPolicy(policy: Record<string, unknown> | undefined): void;
}

/** Opens the authorize URL, accepts, and returns where Atlassian redirects. */
async function accept(sim: Simulator, url: string): Promise<string> {
  const page = await sim.fetch(url);
  const form = consentForm(await page.text(), 'Accept');
  const answer = await sim.fetch(new URL(form.action, url).toString(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form.fields).toString(),
    redirect: 'manual',
  });
  return answer.headers.get('location') ?? '';
}

export function policyWorker(sim: Simulator, policy: Record<string, unknown> | undefined, system: SystemApp = systemApp({})): PolicyWorker {
  fakeBrowser.reset();
  let managed = policy;
  const listeners: Parameters<WatchStorage>[0][] = [];
  const { deps, handlers } = wireWorker({
    local: fakeBrowser.storage.local,
    session: fakeBrowser.storage.session,
    sync: fakeBrowser.storage.sync,
    fetch: sim.fetch,
    readManaged: async () => managed,
    watchStorage: (listener) => {
      fakeBrowser.storage.onChanged.addListener(listener);
      listeners.push(listener);
    },
    system,
    launchWebAuthFlow: (url) => accept(sim, url),
    redirectUri: DEMO_REDIRECT_URI,
    now: () => sim.state.now(),
    openWindow: () => Promise.reject(new Error('no window expected')),
    pageUrl: (path) => `chrome-extension://test${path}`,
  });
  return {
    deps,
    handlers,
    setPolicy: (next) => {
      managed = next;
      // As the browser tells of a new policy: storage.onChanged for the `managed` area.
      for (const listener of listeners) listener({ policy: { newValue: next } }, 'managed');
    },
  };
}
