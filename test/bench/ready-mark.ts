// When a measured page was ready, read from the page's own timeline after the fact: the extension
// marks `qaj:ready` (a User Timing mark, components/create/CreateForm.tsx and
// components/options/ProfileList.tsx) and a blank page has its load event. Nothing is added to
// the page before or while it loads: no init script, no observer, no Playwright helper script.
// The bench reads with one plain expression over CDP, first once the page's load event is over,
// then every POLL_MS until the entry is there; such a read costs the page well under a millisecond.
// https://w3c.github.io/user-timing/#dom-performance-mark
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { ReadyCheck } from '../e2e/page-ready.ts';
import { STEP_MS } from '../e2e/steps.ts';

export const READY_MARK = 'qaj:ready';
const POLL_MS = 25;

const READY_AT = `performance.getEntriesByName(${JSON.stringify(READY_MARK)}, 'mark')[0]?.startTime ?? 0`;
const LOAD_END = `performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0`;

/** A page of the bench and the CDP session its timeline is read through. */
export interface Measured {
  page: Page;
  cdp: CDPSession;
}

export async function measured(context: BrowserContext, page: Page): Promise<Measured> {
  return { page, cdp: await context.newCDPSession(page) };
}

async function readTime(m: Measured, expression: string, what: string): Promise<number> {
  const deadline = Date.now() + STEP_MS;
  await m.page.waitForLoadState('load', { timeout: STEP_MS });
  for (;;) {
    const { result } = (await m.cdp.send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value?: unknown } };
    if (typeof result.value === 'number' && result.value > 0) return result.value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${STEP_MS} ms on ${m.page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** ms from the page's navigation start to its first `qaj:ready` mark. The page must then pass
 *  `ready` (the DOM check of test/e2e/page-ready.ts), so a mark made too early shows up. */
export async function readyAt(m: Measured, ready: ReadyCheck): Promise<number> {
  const at = await readTime(m, READY_AT, `the ${READY_MARK} mark`);
  if (!(await m.page.evaluate(ready))) throw new Error(`${m.page.url()} marked ${READY_MARK} but is not ready by ${ready.name}`);
  return at;
}

/** ms from the blank page's navigation start to the end of its load event. */
export function loadEndAt(m: Measured): Promise<number> {
  return readTime(m, LOAD_END, 'the load event');
}
