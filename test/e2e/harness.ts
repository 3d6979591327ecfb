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
import { controlsFor } from './browser-controls.ts';
import { launchWithExtension } from './chromium.ts';
import { chromiumWithPolicy } from './policy-browser.ts';
import type { Lane } from './ui.ts';

export interface Harness extends Lane<Page> {
  sim: Simulator;
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens an extension page (`popup.html`, `options.html`) in a tab, as the toolbar would. */
  openPage(path: string): Promise<Page>;
  /** Stops the service worker the way Chrome does when idle: globals gone, storage kept. */
  stopWorker(): Promise<void>;
  /** Quits Chromium and starts it again on the same profile: storage.local kept, storage.session
   *  gone, as after a browser restart. `context`, `worker` and the rest then refer to the new one. */
  restartBrowser(): Promise<void>;
}

export interface BrowserOptions {
  /** An organization policy (storage.managed) that only this browser sees (policy-browser.ts). */
  policy?: Record<string, unknown>;
  /** The browser's language (chromium.ts); English when absent. */
  language?: string;
}

export function useHarness(simOptions: Partial<SimOptions> = {}, browser: BrowserOptions = {}): Harness {
  const harness = {} as Harness;
  let tmp = '';

  beforeAll(async () => {
    // Chromium profiles are large: keep them in a folder this run owns and removes.
    const base = join(ROOT, '.tmp');
    mkdirSync(base, { recursive: true });
    tmp = mkdtempSync(join(base, 'e2e-'));
    harness.sim = await startSimulator(simOptions);
    const executablePath = browser.policy ? chromiumWithPolicy(tmp, browser.policy) : undefined;
    const launch = async () => {
      const launched = await launchWithExtension({
        ...(executablePath ? { executablePath } : {}),
        extensionDir: CHROME_BUILD,
        hostResolverRules: harness.sim.hostResolverRules,
        headless: true,
        userDataDir: join(tmp, 'profile'),
        ...(browser.language ? { language: browser.language } : {}),
      });
      Object.assign(harness, launched);
      Object.assign(harness, controlsFor(launched));
    };
    await launch();
    harness.restartBrowser = async () => {
      await harness.context.close();
      await launch();
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

