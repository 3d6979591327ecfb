// "Create Jira issue from selection", the way the browser does it: in Chromium the context-menu
// click is dispatched from the worker (Chrome then runs the extension's real listener) with the
// active tab, and the capture window it opens is returned. Used by the end-to-end suite and the
// benchmarks; the capture window's steps are shared with the Firefox lane.
import type { Page, Worker } from 'playwright-core';
import type { Harness } from './harness.ts';
import { click, see, step, STEP_MS, until } from './steps.ts';
import type { UiLocator, UiPage } from './ui.ts';

export const summaryBox = (win: UiPage): UiLocator => win.getByRole('textbox', { name: 'Summary' });

/** No project is remembered before the first create: WEB's Task needs nothing but a summary. */
export async function chooseWebTask(win: UiPage): Promise<void> {
  const project = win.getByRole('combobox', { name: 'Project' });
  await see(project);
  await step('typing the project', win, () => project.fill('WEB', { timeout: STEP_MS }));
  await click(win.getByRole('option', { name: / WEB$/ }));
  await step('choosing Task', win, () => win.getByRole('combobox', { name: 'Issue type' }).selectOption({ label: 'Task' }, { timeout: STEP_MS }));
  await see(summaryBox(win));
}

export interface CaptureClick {
  /** The page the text was selected on, and its title. */
  url: string;
  title: string;
  /** The selection, as the menu's selectionText carries it. */
  text: string;
}

interface ChromeInWorker {
  tabs: { query(q: object): Promise<{ id?: number; url?: string; title?: string }[]> };
  contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
}

export async function dispatchCaptureClick(h: Harness, worker: Worker, click: CaptureClick): Promise<Page> {
  const isCapture = (p: Page) => p.url().includes('/capture.html?id=');
  const opened = h.context.waitForEvent('page', {
    timeout: STEP_MS,
    // A window may be reported before its first navigation: look at its address once it has one.
    predicate: async (p) => isCapture(p) || (await p.waitForLoadState('domcontentloaded').then(() => isCapture(p), () => false)),
  });
  await worker.evaluate(async ({ url, title, text }) => {
    const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab) throw new Error('no active tab');
    // A real click grants activeTab first, so Chrome's tab then carries the page's url and
    // title; without the "tabs" permission a dispatched click has to add them itself.
    chrome.contextMenus.onClicked.dispatch(
      { menuItemId: 'capture-selection', selectionText: text, pageUrl: url, frameId: 0, editable: false },
      { ...tab, url, title },
    );
  }, click);
  const win = await step('capture window opening', undefined, () => opened);
  win.setDefaultTimeout(STEP_MS);
  return win;
}

/** The worker, woken if Chrome stopped it, by a message from an extension page that costs no
 *  request (session.cached answers from memory), as a real menu click wakes it without any.
 *  A stopped worker can linger in Playwright's list for a while: the one that answers is taken. */
export async function wakeWorkerFrom(h: Harness, extensionPage: Page): Promise<Worker> {
  const prefix = `chrome-extension://${h.extensionId}/`;
  await extensionPage.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
      type: 'session.cached',
      payload: {},
    }),
  );
  const answers = (w: Worker) =>
    Promise.race([w.evaluate(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000))]).catch(() => false);
  let live: Worker | undefined;
  await until(
    'a running service worker',
    async () => {
      const ours = h.context.serviceWorkers().filter((w) => w.url().startsWith(prefix)).reverse();
      for (const w of ours) if (await answers(w)) return Boolean((live = w));
      return false;
    },
    extensionPage,
  );
  return live as Worker;
}
