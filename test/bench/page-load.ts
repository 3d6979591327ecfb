// How long an extension page takes to be ready, next to a blank page of the same extension opened
// the same way, alternately: the ratio says what our code costs over what any extension page costs
// on this machine. Each open is timed twice per run, with the worker running (warm, the everyday
// case) and with it stopped just before (cold, as after Chrome stops an idle worker). Before every
// open, what the last one set off (its session check with Atlassian) is let finish, so no sample
// pays for the one before. Times are the page's own, from its navigation start (ready-mark.ts).
import type { BrowserContext } from 'playwright-core';
import { stopAllWorkers } from '../e2e/browser-controls.ts';
import type { ReadyCheck } from '../e2e/page-ready.ts';
import { BLANK_PAGE } from './folders.ts';
import { loadEndAt, measured, readyAt } from './ready-mark.ts';
import { ms, ratio, summarize } from './stats.ts';
import type { Row } from './table.ts';

/** One way of opening a page and its blank counterpart, each returning its time in ms. */
export interface Sampler {
  /** Opens the page, with the worker stopped just before when `cold`, and times it to ready. */
  page(cold: boolean): Promise<number>;
  /** Opens the blank page the same way and times it to the end of its load event. */
  blank(): Promise<number>;
  close(): Promise<void>;
}

export interface Comparison {
  name: string;
  sampler: Sampler;
  /** Waits until nothing the last open set off is still going. */
  settle: () => Promise<void>;
  runs: number;
  warmup: number;
  /** How the blank page is opened, for the table. */
  blankNote: string;
}

/** `runs` rounds (after `warmup`) of: warm open, blank, cold open, blank; each after settling. */
export async function compareToBlank({ name, sampler, settle, runs, warmup, blankNote }: Comparison): Promise<Row[]> {
  const times = { warm: [] as number[], cold: [] as number[], blankWarm: [] as number[], blankCold: [] as number[] };
  try {
    for (let i = 0; i < warmup + runs; i++) {
      const round: number[] = [];
      for (const cold of [false, true]) {
        await settle();
        round.push(await sampler.page(cold));
        await settle();
        round.push(await sampler.blank());
      }
      if (i < warmup) continue;
      const [warm, blankWarm, cold, blankCold] = round as [number, number, number, number];
      times.warm.push(warm);
      times.blankWarm.push(blankWarm);
      times.cold.push(cold);
      times.blankCold.push(blankCold);
    }
  } finally {
    await sampler.close();
  }
  const warm = summarize(times.warm);
  const cold = summarize(times.cold);
  const blank = summarize([...times.blankWarm, ...times.blankCold]);
  const perRun = (page: number[], blanks: number[]) => summarize(page.map((t, i) => t / (blanks[i] ?? t)));
  const warmRatio = perRun(times.warm, times.blankWarm);
  const coldRatio = perRun(times.cold, times.blankCold);
  return [
    [`${name} ready, warm`, ms(warm.median), ms(warm.p95), `worker running, ${warm.runs} runs`],
    [`${name} ready, cold`, ms(cold.median), ms(cold.p95), 'worker stopped just before'],
    ['blank page of the extension', ms(blank.median), ms(blank.p95), blankNote],
    [`warm ${name} / blank (headline)`, ratio(warmRatio.median), ratio(warmRatio.p95), 'per-run ratio'],
    [`cold ${name} / blank`, ratio(coldRatio.median), ratio(coldRatio.p95), 'per-run ratio'],
  ];
}

/** The page and the blank page each in a tab of their own, navigated again for every sample. */
export async function tabSampler(context: BrowserContext, origin: string, path: string, ready: ReadyCheck): Promise<Sampler> {
  const page = await measured(context, await context.newPage());
  const blank = await measured(context, await context.newPage());
  return {
    page: async (cold) => {
      if (cold) await stopAllWorkers(context);
      await page.page.goto(origin + path, { waitUntil: 'commit' });
      return readyAt(page, ready);
    },
    blank: async () => {
      await blank.page.goto(origin + BLANK_PAGE, { waitUntil: 'commit' });
      return loadEndAt(blank);
    },
    close: async () => {
      await page.page.close();
      await blank.page.close();
    },
  };
}
