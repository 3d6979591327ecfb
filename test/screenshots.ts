// `npm run screenshots`: pictures of the extension for the README, from the production build
// against the Atlassian simulator in headless Chromium: the popup at Chrome's popup size (Create,
// Find with results, an open issue, Activity), the capture window, the options page and its
// Watches section, light and dark,
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
import { fireWatchAlarm } from './e2e/watch-steps.ts';

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

  // Watches: one on BIG, one on the issues assigned to the user, project news on Acme; then
  // another user's changes for the Activity tab.
  const setup = await openPage(h, 'options.html');
  const watches = setup.getByRole('region', { name: 'Watches' });
  await click(watches.getByRole('button', { name: 'Watch my issues' }));
  await see(watches.getByRole('checkbox', { name: /^Assigned to me on Acme/ }));
  await watches.getByRole('combobox', { name: 'Issues' }).selectOption({ label: 'In a project' });
  await watches.getByRole('textbox', { name: 'Project key' }).fill('BIG');
  await watches.getByRole('checkbox', { name: 'New issues' }).check();
  await click(watches.getByRole('button', { name: 'Add watch' }));
  await see(watches.getByRole('checkbox', { name: /^Project BIG on Acme/ }));
  await watches.getByRole('checkbox', { name: 'New and changed projects on Acme' }).check();
  await see(watches.getByText('Watches saved.'));
  await fireWatchAlarm(h, setup);
  const bruno = sim.asUser(sim.state.users[1]!.accountId);
  await bruno.updateIssue('Acme', 'BIG-3', { summary: 'Checkout times out behind the corporate proxy' });
  await bruno.addComment('Acme', 'BIG-5', 'Reproduced on staging, patch coming.');
  await bruno.createIssue('Acme', 'BIG', { summary: 'Add a retry to the export job', priority: { name: 'High' } });
  await setup.waitForTimeout(5_500); // search sees a new issue after 5 s (test/sim/jira/search-consistency.ts)
  await fireWatchAlarm(h, setup);
  await setup.close();

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

    await click(popup.getByRole('tab', { name: 'Activity' }));
    await popup.getByRole('tabpanel', { name: 'Activity' }).getByRole('listitem').first().waitFor();
    await shot(popup, `popup-activity-${scheme}`);
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
    const section = options.getByRole('region', { name: 'Watches' });
    await section.scrollIntoViewIfNeeded();
    await options.waitForTimeout(300);
    await section.screenshot({ path: join(OUT, `options-watches-${scheme}.png`) });
    console.log(`  test/screenshots/options-watches-${scheme}.png`);
    await options.close();
  }
} finally {
  await launched.context.close();
  await sim.close();
  rmSync(tmp, { recursive: true, force: true });
}
