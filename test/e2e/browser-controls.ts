// Opening extension pages and stopping the service worker of a launched browser: used by the
// end-to-end harness and by the benchmarks, which run outside vitest (so no vitest import here).
import type { BrowserContext } from 'playwright-core';
import type { LaunchedBrowser } from './chromium.ts';
import type { Harness } from './harness.ts';
import { consentPageAfter } from './sign-in-steps.ts';

/** Opening extension pages and stopping the worker, for a launched browser (the suite's harness,
 *  and the benchmarks, which run outside vitest). */
export function controlsFor(launched: LaunchedBrowser): Pick<Harness, 'openPage' | 'stopWorker' | 'consentPageAfter'> {
  return {
    consentPageAfter: (action) => consentPageAfter(launched.context, action),
    openPage: async (path) => {
      const page = await launched.context.newPage();
      await page.goto(`chrome-extension://${launched.extensionId}/${path}`);
      return page;
    },
    stopWorker: () => stopAllWorkers(launched.context),
  };
}

/** Stops every service worker of the browser the way Chrome does when idle: globals gone,
 *  storage kept. */
export async function stopAllWorkers(context: BrowserContext): Promise<void> {
  // The ServiceWorker domain lives on page targets, not on the browser target.
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
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
}
