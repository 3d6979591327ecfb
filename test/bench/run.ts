// `npm run bench`: the numbers behind "quick", measured side by side in one run on this machine.
// Builds the extension and the store zips, starts the Atlassian simulator (with a BIG project of
// 500+ issues), launches Chromium with a copy of the build (plus a blank page) and a no-op
// extension, connects through the consent page, and prints one table. Budgets are checked by
// test/e2e/budgets.e2e.ts, not here: this only measures.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { controlsFor } from '../e2e/browser-controls.ts';
import { buildEnv, buildExtension, ROOT } from '../e2e/build-extension.ts';
import { findChromium, launchWithExtension } from '../e2e/chromium.ts';
import type { Harness } from '../e2e/harness.ts';
import { settle, signInToAcme } from '../e2e/issue-steps.ts';
import { describeScripts, jsBeforeReady } from '../e2e/js-before-ready.ts';
import { isOptionsReady, isPopupReady } from '../e2e/page-ready.ts';
import { startSimulator } from '../sim/server.ts';
import { captureSampler } from './capture-load.ts';
import { BLANK_PAGE, blankCopyOf, noopExtension } from './folders.ts';
import { loadMore } from './load-more.ts';
import { compareToBlank, tabSampler } from './page-load.ts';
import { requestsPerAction } from './requests-per-action.ts';
import { requestsPerTick } from './requests-per-tick.ts';
import { entrypointRows, zipRows } from './sizes.ts';
import type { Sampler } from './page-load.ts';
import type { Section } from './table.ts';
import { renderTable } from './table.ts';
import { tokenStorm } from './token-storm.ts';
import { compareWorkerStart } from './worker-start.ts';

const RUNS = Number(process.env.QAJ_BENCH_RUNS ?? 20);
const WARMUP = 3;
const progress = (what: string) => console.error(`bench: ${what}`);

progress('building the store zips and the extension');
execFileSync('npm', ['run', 'zip'], { cwd: ROOT, stdio: 'inherit', env: buildEnv() });
// The zips' builds leave .output/chrome-mv3 as shipped; build it once more so the folder measured
// below is exactly what the end-to-end suite tests.
const build = buildExtension();

mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const tmp = mkdtempSync(join(ROOT, '.tmp', 'bench-'));
const ourId = blankCopyOf(build, join(tmp, 'extension'));
const noopId = noopExtension(join(tmp, 'noop'));
const sim = await startSimulator({ bigProjectIssueCount: 420 });
const launched = await launchWithExtension({
  extensionDir: join(tmp, 'extension'),
  alsoLoad: [join(tmp, 'noop')],
  hostResolverRules: sim.hostResolverRules,
  headless: true,
  userDataDir: join(tmp, 'profile'),
});
const h: Harness = {
  sim,
  ...launched,
  extensionId: ourId,
  ...controlsFor({ ...launched, extensionId: ourId }),
  restartBrowser: () => Promise.reject(new Error('The benchmark runs in one browser session.')),
};
const origin = `chrome-extension://${ourId}/`;
const sections: Section[] = [];

try {
  progress('connecting through the consent page');
  await signInToAcme(h, 'Bench');

  progress('requests per action (this also leaves the popup opening on BIG / Bug from cache)');
  const perAction = await requestsPerAction(h);

  progress(`popup, options page and capture window against a blank page, warm and cold, ${RUNS} runs each`);
  const quiet = () => settle(sim, 300);
  const compare = (name: string, sampler: Sampler, blankNote: string) =>
    compareToBlank({ name, sampler, settle: quiet, runs: RUNS, warmup: WARMUP, blankNote });
  const inTab = 'in a tab of its own, alternating';
  const popupLoad = await compare('popup', await tabSampler(launched.context, origin, 'popup.html', isPopupReady), inTab);
  const optionsLoad = await compare('options', await tabSampler(launched.context, origin, 'options.html', isOptionsReady), inTab);
  const home = await launched.context.newPage();
  await home.goto(origin + BLANK_PAGE);
  const captureLoad = await compare('capture', captureSampler(h, home), 'in a window made the same way');
  await home.close();
  const popupJs = describeScripts('popup JS before ready', await jsBeforeReady(launched.context, ourId, build, 'popup.html', isPopupReady));
  const optionsJs = describeScripts('options JS before ready', await jsBeforeReady(launched.context, ourId, build, 'options.html', isOptionsReady));
  sections.push({ title: 'Popup (ready = Create form usable, cached projects painted)', rows: popupLoad });
  sections.push({ title: 'Options page (ready = sign-in profiles shown)', rows: optionsLoad });
  sections.push({ title: 'Capture window (ready = Create form usable, prefilled)', rows: captureLoad });

  progress(`worker cold start, ${RUNS} runs`);
  sections.push({ title: 'Service worker', rows: await compareWorkerStart(launched.context, ourId, noopId, RUNS, WARMUP) });

  sections.push({ title: 'Jira requests per action', columns: ['warm', 'cold'], rows: perAction });

  progress('requests per tick of the watch alarm');
  sections.push({ title: 'Jira requests per watch tick', columns: ['warm', 'cold'], rows: await requestsPerTick(h) });

  progress(`50 concurrent calls on an expired token, ${RUNS} runs`);
  sections.push({ title: 'Expired token under load', rows: await tokenStorm(h, RUNS, 2) });

  progress(`listing 500 issues with Load more, ${RUNS} runs`);
  sections.push({ title: 'Find: Load more', rows: await loadMore(h, RUNS, 1) });

  sections.push({ title: 'Sizes, gzip -9 (store zips as uploaded)', columns: ['size', ''], rows: [...entrypointRows(build), ...zipRows(join(ROOT, '.output'))] });

  const chromium = execFileSync(findChromium(), ['--version'], { encoding: 'utf8' }).trim();
  console.log(`
Quick Actions for Jira, npm run bench, ${new Date().toISOString().slice(0, 10)}
${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 1024 ** 3)} GB, ${chromium} (headless), Node ${process.versions.node}
${RUNS} runs after a warm-up; times in ms from the page's navigation start (ready: the page's own qaj:ready mark) or the first message sent.

${renderTable(sections)}

${popupJs}
${optionsJs}
`);
} finally {
  await launched.context.close();
  await sim.close();
  rmSync(tmp, { recursive: true, force: true });
}
