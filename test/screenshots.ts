// `npm run screenshots`: pictures of the extension for the README, from the production build
// against the Atlassian simulator in headless Chromium: the popup at Chrome's popup size (Create,
// Find with results, an open issue), the capture window and the options page, light and dark,
// written to test/screenshots/. Signs in the way a person does (a profile with the simulator's
// demo client, Atlassian's consent page, site Acme) and creates one issue so the popup starts on
// its project, as it does for everyday use.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startSimulator } from './sim/server.ts';
import { buildExtension, ROOT } from './e2e/build-extension.ts';
import { controlsFor } from './e2e/browser-controls.ts';
import { dispatchCaptureClick } from './e2e/capture-steps.ts';
import { launchWithExtension } from './e2e/chromium.ts';
import { createBug } from './e2e/create-steps.ts';
import type { Harness } from './e2e/harness.ts';
import { chooseCreateTarget, chooseTab, openIssue, openPopup, panel, resultKeys, signInToAcme } from './e2e/issue-steps.ts';
import { liveWorker, openPage } from './e2e/sign-in-steps.ts';
import { click, see } from './e2e/steps.ts';

const OUT = join(ROOT, 'test', 'screenshots');
const POPUP = { width: 380, height: 600 };

const extensionDir = buildExtension();
const sim = await startSimulator({});
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const tmp = mkdtempSync(join(ROOT, '.tmp', 'screenshots-'));
const launched = await launchWithExtension({ extensionDir, hostResolverRules: sim.hostResolverRules, headless: true, userDataDir: join(tmp, 'profile') });
const h: Harness = { ...launched, ...controlsFor(launched), sim, restartBrowser: () => Promise.reject(new Error('not used here')) };
mkdirSync(OUT, { recursive: true });

const shot = async (page: Page, name: string) => {
  // Let transitions and late paints settle; the caret blinks, so keep it out of the picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(300);
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path });
  console.log(`  ${path.slice(ROOT.length + 1)}`);
};

try {
  await signInToAcme(h, 'Work');
  const first = await openPopup(h);
  await createBug(first, 'Export to CSV drops the last row');
  await first.close();

  for (const scheme of ['light', 'dark'] as const) {
    const popup = await openPopup(h);
    await popup.setViewportSize(POPUP);
    await popup.emulateMedia({ colorScheme: scheme });
    // The pass before left its typing as a draft; the picture is of a form being filled.
    const discard = popup.getByRole('button', { name: 'Discard draft' });
    await popup.getByRole('button', { name: 'Create issue' }).waitFor();
    if (await discard.isVisible()) await discard.click();
    const form = await chooseCreateTarget(popup, 'BIG', 'Bug');
    await form.getByRole('textbox', { name: 'Summary' }).fill('Login fails on Safari when the session cookie is stale');
    await form.getByRole('combobox', { name: 'Severity' }).selectOption({ label: 'Major' });
    await shot(popup, `popup-create-${scheme}`);

    await chooseTab(popup, 'Find');
    await panel(popup, 'Find').getByRole('textbox', { name: 'JQL' }).fill('project = BIG ORDER BY updated DESC');
    await click(panel(popup, 'Find').getByRole('button', { name: 'Search', exact: true }));
    await resultKeys(popup);
    await shot(popup, `popup-find-${scheme}`);

    await openIssue(popup, 'BIG-1');
    await shot(popup, `popup-issue-${scheme}`);
    await popup.close();

    const win = await dispatchCaptureClick(h, await liveWorker(h), {
      url: 'https://status.example.com/incidents/42', title: 'Incident 42: sign-in errors', text: 'Users on Safari 18 see “Session expired” right after signing in.',
    });
    // The size the worker opens it at (entrypoints/background.ts).
    await win.setViewportSize({ width: 480, height: 640 });
    await win.emulateMedia({ colorScheme: scheme });
    await see(win.getByRole('textbox', { name: 'Summary' }));
    await shot(win, `capture-${scheme}`);
    await win.close();

    const options = await openPage(h, 'options.html');
    await options.setViewportSize({ width: 760, height: 760 });
    await options.emulateMedia({ colorScheme: scheme });
    await see(options.getByRole('heading', { name: 'Sign-in profiles' }));
    await shot(options, `options-${scheme}`);
    await options.close();
  }
} finally {
  await launched.context.close();
  await sim.close();
  rmSync(tmp, { recursive: true, force: true });
}
