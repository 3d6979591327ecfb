// The capture window against a blank window: each capture sample is a real "Create Jira issue
// from selection" click (dispatched as the end-to-end suite does, capture-steps.ts), which stores
// the capture and opens capture.html?id=… in a new popup window; each blank sample opens the
// extension's blank page in a window made the same way (windows.create, type popup, 480×640, as
// entrypoints/background.ts does). Cold: the worker stopped just before the click, which starts
// it again, as a real click on a stopped worker does.
import type { Page, Worker } from 'playwright-core';
import { dispatchCaptureClick, wakeWorkerFrom } from '../e2e/capture-steps.ts';
import type { Harness } from '../e2e/harness.ts';
import { isPopupReady } from '../e2e/page-ready.ts';
import { step, STEP_MS } from '../e2e/steps.ts';
import { BLANK_PAGE } from './folders.ts';
import type { Sampler } from './page-load.ts';
import { loadEndAt, measured, readyAt, type Measured } from './ready-mark.ts';

const CLICK = {
  url: 'https://example.com/release-notes',
  title: 'Release notes',
  text: 'Export fails on files over 2 GB: the progress bar stops at 99 %.',
};

interface ChromeWindows {
  windows: { create(options: object): Promise<unknown> };
}

async function openBlankWindow(h: Harness, worker: Worker): Promise<Page> {
  const url = `chrome-extension://${h.extensionId}/${BLANK_PAGE}`;
  const opened = h.context.waitForEvent('page', {
    timeout: STEP_MS,
    predicate: async (p) => p.url() === url || (await p.waitForLoadState('domcontentloaded').then(() => p.url() === url, () => false)),
  });
  await worker.evaluate(
    (u) => (globalThis as unknown as { chrome: ChromeWindows }).chrome.windows.create({ url: u, type: 'popup', width: 480, height: 640 }),
    url,
  );
  return step('blank window opening', undefined, () => opened);
}

/** Times one window and closes it. */
async function timed(h: Harness, win: Page, time: (m: Measured) => Promise<number>): Promise<number> {
  const m = await measured(h.context, win);
  try {
    return await time(m);
  } finally {
    await m.cdp.detach();
    await win.close();
  }
}

/** `home` is an extension page of ours that stays open: it wakes the worker for each click. */
export function captureSampler(h: Harness, home: Page): Sampler {
  return {
    page: async (cold) => {
      if (cold) await h.stopWorker();
      const worker = await wakeWorkerFrom(h, home);
      const win = await dispatchCaptureClick(h, worker, CLICK);
      // The capture window's create form is the popup's (components/create), with the same check.
      return timed(h, win, (m) => readyAt(m, isPopupReady));
    },
    blank: async () => timed(h, await openBlankWindow(h, await wakeWorkerFrom(h, home)), loadEndAt),
    close: async () => {},
  };
}
