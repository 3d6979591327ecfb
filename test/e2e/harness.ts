// One simulator and one Chromium per test file. Every test ends by checking that nothing the
// extension sent (and nothing the simulator answered) broke Atlassian's OpenAPI spec.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startSimulator, type Simulator } from '../sim/server.ts';
import { expectNoViolations } from '../sim/spec-guard.ts';
import type { SimOptions } from '../sim/types.ts';
import { CHROME_BUILD, ROOT } from './build-extension.ts';
import { launchWithExtension } from './chromium.ts';

export interface Harness {
  sim: Simulator;
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens an extension page (`popup.html`, `options.html`) in a tab, as the toolbar would. */
  openPage(path: string): Promise<Page>;
  /** Stops the service worker the way Chrome does when idle: globals gone, storage kept. */
  stopWorker(): Promise<void>;
}

export function useHarness(simOptions: Partial<SimOptions> = {}): Harness {
  const harness = {} as Harness;
  let tmp = '';

  beforeAll(async () => {
    // Chromium profiles are large: keep them in a folder this run owns and removes.
    const base = join(ROOT, '.tmp');
    mkdirSync(base, { recursive: true });
    tmp = mkdtempSync(join(base, 'e2e-'));
    harness.sim = await startSimulator(simOptions);
    const launched = await launchWithExtension({
      extensionDir: CHROME_BUILD,
      hostResolverRules: harness.sim.hostResolverRules,
      headless: true,
      userDataDir: join(tmp, 'profile'),
    });
    Object.assign(harness, launched);
    harness.openPage = async (path) => {
      const page = await launched.context.newPage();
      await page.goto(`chrome-extension://${launched.extensionId}/${path}`);
      return page;
    };
    harness.stopWorker = async () => {
      // The ServiceWorker domain lives on page targets, not on the browser target.
      const page = await launched.context.newPage();
      const cdp = await launched.context.newCDPSession(page);
      // Returns once Chrome reports every worker version stopped, so the next message starts a
      // fresh worker rather than reaching one that is still shutting down.
      let stopRequested = false;
      let latest: { runningStatus: string }[] | undefined;
      let settle = () => {};
      const stopped = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the service worker did not stop within 10 s')), 10_000);
        settle = () => {
          if (stopRequested && latest?.every((v) => v.runningStatus === 'stopped')) {
            clearTimeout(timer);
            resolve();
          }
        };
      });
      stopped.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        latest = versions;
        settle();
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      stopRequested = true;
      settle();
      try {
        await stopped;
      } finally {
        await cdp.detach();
        await page.close();
      }
    };
  });

  afterEach(() => expectNoViolations(harness.sim));

  afterAll(async () => {
    await harness.context?.close();
    await harness.sim?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  return harness;
}
