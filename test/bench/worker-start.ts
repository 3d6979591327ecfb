// A worker cold start, as after Chrome stops an idle worker: from a page's message to its answer,
// with the worker stopped just before. Ours answers `popup.start`, the first message the popup
// sends (after its first frame, or at once without one); the no-op extension's worker answers anything at once. Both run in the same browser,
// alternately, so the ratio says what our worker's startup costs over an empty one.
import type { BrowserContext, Page } from 'playwright-core';
import { stopAllWorkers } from '../e2e/browser-controls.ts';
import { BLANK_PAGE } from './folders.ts';
import { ms, ratio, summarize } from './stats.ts';
import type { Row } from './table.ts';

/** Time from sending one message to its answer, measured in the page. */
function roundTrip(tab: Page, message: unknown): Promise<number> {
  return tab.evaluate(async (m) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime;
    const start = performance.now();
    await runtime.sendMessage(m);
    return performance.now() - start;
  }, message);
}

export async function compareWorkerStart(context: BrowserContext, ourId: string, noopId: string, runs: number, warmup: number): Promise<Row[]> {
  const ours = await context.newPage();
  await ours.goto(`chrome-extension://${ourId}/${BLANK_PAGE}`);
  const noop = await context.newPage();
  await noop.goto(`chrome-extension://${noopId}/${BLANK_PAGE}`);
  const first = { type: 'popup.start', payload: {} };
  const oursTimes: number[] = [];
  const noopTimes: number[] = [];
  const warmTimes: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    await stopAllWorkers(context);
    const cold = await roundTrip(ours, first);
    const warm = await roundTrip(ours, first);
    await stopAllWorkers(context);
    const baseline = await roundTrip(noop, first);
    if (i < warmup) continue;
    oursTimes.push(cold);
    warmTimes.push(warm);
    noopTimes.push(baseline);
  }
  await ours.close();
  await noop.close();
  const cold = summarize(oursTimes);
  const warm = summarize(warmTimes);
  const baseline = summarize(noopTimes);
  const ratios = summarize(oursTimes.map((t, i) => t / (noopTimes[i] ?? t)));
  return [
    ['cold start → first answer', ms(cold.median), ms(cold.p95), `popup.start, ${cold.runs} runs`],
    ['no-op worker cold start → answer', ms(baseline.median), ms(baseline.p95), 'empty onMessage'],
    ['ours / no-op', ratio(ratios.median), ratio(ratios.p95), 'per-run ratio'],
    ['same message, worker running', ms(warm.median), ms(warm.p95), ''],
  ];
}
