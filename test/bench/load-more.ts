// Listing 500 issues in Find: a search, then "Load more" until 500 rows are shown (the popup asks
// for SEARCH_PAGE_SIZE a page), timed inside the page from the Search click to the 500th row; then
// the popup's JS heap after a garbage collection, with all of them listed.
import type { Page } from 'playwright-core';
import { SEARCH_PAGE_SIZE } from '../../lib/jira/search.ts';
import type { Harness } from '../e2e/harness.ts';
import { chooseTab, openPopup, panel } from '../e2e/issue-steps.ts';
import { step, STEP_MS } from '../e2e/steps.ts';
import { mb, ms, summarize } from './stats.ts';
import type { Row } from './table.ts';

export const ISSUES = 500;

/** Runs in the popup: clicks Search, then Load more whenever a page is in, until `target` rows. */
function listInPage({ target, pageSize }: { target: number; pageSize: number }): Promise<number> {
  const rows = () => document.querySelectorAll('[role="listbox"][aria-label="Search results"] [role="option"]').length;
  const button = (name: string) =>
    [...document.querySelectorAll('[role="tabpanel"]:not([hidden]) button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;
  const busy = () => document.querySelector('p.find-status[role="status"]')?.textContent?.includes('…') ?? false;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let clicked = 0;
    const timer = setTimeout(() => reject(new Error(`only ${rows()} rows after 60 s`)), 60_000);
    const check = () => {
      if (rows() >= target) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now() - start);
        return;
      }
      const more = button('Load more');
      // One click per page: the button stays until its page is in.
      if (more && !more.disabled && !busy() && rows() >= (clicked + 1) * pageSize) {
        clicked += 1;
        more.click();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    button('Search')?.click();
  });
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

export async function loadMore(h: Harness, runs: number, warmup: number): Promise<Row[]> {
  const times: number[] = [];
  const heaps: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const popup = await openPopup(h);
    await chooseTab(popup, 'Find');
    const jql = panel(popup, 'Find').getByRole('textbox', { name: 'JQL' });
    await step('typing JQL', popup, () => jql.fill('project = BIG ORDER BY key ASC', { timeout: STEP_MS }));
    const time = await popup.evaluate(listInPage, { target: ISSUES, pageSize: SEARCH_PAGE_SIZE });
    const heap = await heapAfterGc(popup);
    await popup.close();
    if (i < warmup) continue;
    times.push(time);
    heaps.push(heap);
  }
  const time = summarize(times);
  const heap = summarize(heaps);
  return [
    [`list ${ISSUES} issues (${ISSUES / SEARCH_PAGE_SIZE} pages of ${SEARCH_PAGE_SIZE})`, ms(time.median), ms(time.p95), `${time.runs} runs`],
    ['popup JS heap after, after GC', mb(heap.median), mb(heap.p95), 'CDP Runtime.getHeapUsage'],
  ];
}
