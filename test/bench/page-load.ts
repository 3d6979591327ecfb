// How long an extension page takes to be ready, next to a blank page of the same extension loaded
// in the same tab, alternately: the ratio says what our code costs over what any extension page
// costs on this machine. Times are the page's own (performance.now() from navigation start).
import type { Page } from 'playwright-core';
import type { ReadyCheck } from '../e2e/page-ready.ts';
import { STEP_MS } from '../e2e/steps.ts';
import { BLANK_PAGE } from './folders.ts';
import { ms, ratio, summarize } from './stats.ts';
import type { Row } from './table.ts';

/** Navigates and returns when `ready` first held, in ms since navigation start. A mutation
 *  observer installed before any page script notes the moment; nothing is added to the page. */
async function readyTime(tab: Page, url: string): Promise<number> {
  await tab.goto(url);
  const at = await tab.waitForFunction(() => (globalThis as { __benchReadyAt?: number }).__benchReadyAt ?? false, undefined, { timeout: STEP_MS });
  return (await at.jsonValue()) as number;
}

/** The probe: checks `ready` on every DOM change from the first one and keeps the first time. */
export function probeSource(ready: ReadyCheck): string {
  return `(() => {
    const ready = ${ready.toString()};
    const note = () => {
      if (globalThis.__benchReadyAt === undefined && ready()) globalThis.__benchReadyAt = performance.now();
    };
    new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  })();`;
}

async function blankLoadTime(tab: Page, url: string): Promise<number> {
  await tab.goto(url, { waitUntil: 'load' });
  return tab.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
}

/** `runs` pairs (after `warmup` pairs): the page until ready, then the blank page. */
export async function comparePageLoad(
  openTab: () => Promise<Page>,
  origin: string,
  name: string,
  path: string,
  ready: ReadyCheck,
  runs: number,
  warmup: number,
): Promise<Row[]> {
  const pageTab = await openTab();
  await pageTab.addInitScript({ content: probeSource(ready) });
  const blankTab = await openTab();
  const pageTimes: number[] = [];
  const blankTimes: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const pageTime = await readyTime(pageTab, origin + path);
    const blankTime = await blankLoadTime(blankTab, origin + BLANK_PAGE);
    if (i < warmup) continue;
    pageTimes.push(pageTime);
    blankTimes.push(blankTime);
  }
  await pageTab.close();
  await blankTab.close();
  const page = summarize(pageTimes);
  const blank = summarize(blankTimes);
  const ratios = summarize(pageTimes.map((t, i) => t / (blankTimes[i] ?? t)));
  return [
    [`${name} ready`, ms(page.median), ms(page.p95), `${page.runs} runs`],
    ['blank page of the extension', ms(blank.median), ms(blank.p95), 'same tab setup, alternating'],
    [`${name} / blank (headline)`, ratio(ratios.median), ratio(ratios.p95), 'per-run ratio'],
  ];
}
