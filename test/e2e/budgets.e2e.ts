// Budgets that keep the extension quick, checked on the production build in real Chromium. No
// timings here (they vary with the machine; `npm run bench` measures them): sizes and counts.
// - JS the popup loads before it is ready ≤ 30 KB gzipped; Find, Open and the Markdown converter
//   load on demand and do not count. The options page ≤ 45 KB.
// - Refreshing an expired token under load: one token request for 50 concurrent calls.
// (Warm actions at one Jira request each: request-counts.e2e.ts.)
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD } from './build-extension.ts';
import { getIssuesAtOnce } from './concurrent-messages.ts';
import { createBug } from './create-steps.ts';
import { useHarness } from './harness.ts';
import { acme, openPopup, settle, signInToAcme } from './issue-steps.ts';
import { describeScripts, jsBeforeReady, kb, type LoadedScript } from './js-before-ready.ts';
import { isOptionsReady, isPopupReady } from './page-ready.ts';
import { isTokenRequest, logText } from './sign-in-steps.ts';

const KB = 1024;

function expectWithin(what: string, scripts: LoadedScript[], budgetKb: number) {
  const total = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  const figure = describeScripts(what, scripts);
  console.log(`${figure}; budget ${budgetKb} KB`);
  expect(total, `${what}: ${kb(total)} KB gz > ${budgetKb} KB budget (${figure.replace(/^.*?\(/, '')}`).toBeLessThanOrEqual(budgetKb * KB);
}

describe('budgets', () => {
  const h = useHarness();
  beforeAll(async () => {
    await signInToAcme(h, 'E2E budgets');
    // The popup's everyday state: it opens on the project and type last created in, from cache.
    const popup = await openPopup(h);
    await createBug(popup, 'Budget warm-up');
    await popup.close();
    // The worker rewrites the popup's first frame after a create (the last used project and type);
    // measured before that is done, the popup would be one opened without a frame.
    await settle(h.sim);
  }, 90_000);

  it(`the popup loads at most 30 KB of gzipped JS before the Create form is ready`, async () => {
    const scripts = await jsBeforeReady(h.context, h.extensionId, CHROME_BUILD, 'popup.html', isPopupReady);
    // The sections that load on demand are not among them.
    expect(scripts.map((s) => s.path).filter((p) => /FindIssues|OpenIssue|markdown-to-adf|adf-to-markdown/.test(p))).toEqual([]);
    expectWithin('popup JS before ready', scripts, 30);
  });

  it('the options page loads at most 45 KB of gzipped JS before its profiles are shown', async () => {
    const scripts = await jsBeforeReady(h.context, h.extensionId, CHROME_BUILD, 'options.html', isOptionsReady);
    expectWithin('options JS before ready', scripts, 45);
  });

  it('50 concurrent calls on an expired token make one token request, and all 50 succeed', async () => {
    const popup = await openPopup(h);
    await settle(h.sim);
    h.sim.expireAccessTokens();
    h.sim.clearLog();
    const keys = Array.from({ length: 50 }, (_, n) => `BIG-${n + 1}`);
    const result = await getIssuesAtOnce(popup, acme(h.sim).site.id, keys);
    await settle(h.sim);
    expect(result.failed, logText(h.sim)).toEqual([]);
    expect(result.ok).toBe(50);
    expect(h.sim.log.filter(isTokenRequest).map((e) => e.status), logText(h.sim)).toEqual([200]);
    await popup.close();
  });
});
