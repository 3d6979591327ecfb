// Offline in real Chromium against the simulator: the popup says "You are offline", what was typed
// into the create form stays, opening an issue fails and then succeeds by itself once the network
// is back, and a create pressed offline is not sent again by itself. The options page says it is
// offline too, and loads its sites by itself when it is back.
//
// How the browser goes offline. Chromium's offline emulation (CDP Network.emulateNetworkConditions
// with offline: true) applies to the requests of the target whose session it is sent on. Sent on
// the popup's session only, it fails the popup's own fetches and turns navigator.onLine false in
// the extension's renderer (the worker's too), but the service worker is a target of its own and
// its fetches to Atlassian still get through: the popup would say "offline" while every request
// works. Playwright's context.setOffline(true) sends that same command to every page and every
// service worker it is attached to, and to a worker started later, so it takes the worker's
// requests offline as well: this is what a browser without a network looks like to the extension.
// https://chromedevtools.github.io/devtools-protocol/tot/Network/#method-emulateNetworkConditions
// https://playwright.dev/docs/api/class-browsercontext#browser-context-set-offline
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { typeBugDraft } from './create-steps.ts';
import { useHarness } from './harness.ts';
import { chooseTab, issuePath, issueView, jiraRequests, mustIssue, panel, signedInToAcme, submitIssueReference } from './issue-steps.ts';
import { openPage } from './sign-in-steps.ts';
import { click, gone, see, step, STEP_MS, until } from './steps.ts';

const OFFLINE = 'You are offline. What you type is kept; Jira is asked again when you are back online.';
const LOADS_AGAIN = 'You are offline: this loads again by itself when you are back online.';
const SUMMARY = 'Written on the train';
const DESCRIPTION = 'Typed with no network at all.';

function offlineStatus(page: Page) {
  return page.getByRole('status').filter({ hasText: OFFLINE });
}

/** The create form still holds what was typed. */
async function expectTyped(popup: Page): Promise<void> {
  await chooseTab(popup, 'Create');
  const form = panel(popup, 'Create').getByRole('form', { name: 'New issue' });
  expect(await form.getByRole('textbox', { name: 'Summary' }).inputValue({ timeout: STEP_MS })).toBe(SUMMARY);
  expect(await form.getByRole('textbox', { name: 'Description' }).inputValue({ timeout: STEP_MS })).toBe(DESCRIPTION);
}

describe('offline', () => {
  const h = signedInToAcme(useHarness(), 'E2E offline');
  // A failed test must not leave the next one offline.
  afterEach(() => h.context.setOffline(false));

  it('keeps the typed form, fails to open an issue, and opens it by itself when back online', async () => {
    const key = 'BIG-3';
    const summary = mustIssue(h.sim, key).fields.summary as string;
    const { popup } = await typeBugDraft(h, SUMMARY, DESCRIPTION);

    await h.context.setOffline(true);
    await see(offlineStatus(popup));
    h.sim.clearLog();
    await chooseTab(popup, 'Open');
    await submitIssueReference(popup, key);
    const open = panel(popup, 'Open');
    // At once, not after the worker's backoff for a passing network failure (up to 15 s).
    await see(open.getByRole('status').filter({ hasText: LOADS_AGAIN }), 5_000);
    expect(await popup.getByRole('alert').count()).toBe(0);
    expect(h.sim.log.filter((e) => e.path === issuePath(h.sim, key))).toEqual([]);
    await expectTyped(popup);

    await chooseTab(popup, 'Open');
    await h.context.setOffline(false);
    const view = issueView(popup, key);
    await see(view.getByRole('heading', { name: `${key} ${summary}`, exact: true }));
    await gone(offlineStatus(popup));
    expect(h.sim.log.filter((e) => e.method === 'GET' && e.path === issuePath(h.sim, key)).map((e) => e.status)).toEqual([200]);
    await expectTyped(popup);
    await popup.close();
  });

  it('a create pressed offline stays in the form and is not sent again by itself', async () => {
    const { popup, form } = await typeBugDraft(h, SUMMARY, DESCRIPTION);
    await step('choosing a severity', popup, () => form.getByRole('combobox', { name: 'Severity' }).selectOption({ label: 'Minor' }, { timeout: STEP_MS }));

    await h.context.setOffline(true);
    await see(offlineStatus(popup));
    h.sim.clearLog();
    await click(form.getByRole('button', { name: 'Create issue' }));
    await see(form.getByRole('alert'));
    await expectTyped(popup);

    await h.context.setOffline(false);
    await gone(offlineStatus(popup));
    // Long enough for a create sent again by itself to reach the simulator.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(jiraRequests(h.sim).filter((e) => e.method === 'POST')).toEqual([]);
    expect(await form.getByRole('button', { name: 'Create issue' }).getAttribute('aria-disabled')).toBeNull();
    await expectTyped(popup);
    await popup.close();
  });

  it('the options page says it is offline, and shows the sites by itself when back online', async () => {
    await h.context.setOffline(true);
    const options = await openPage(h, 'options.html');
    await see(offlineStatus(options));
    const sites = options.getByRole('region', { name: 'Account and site' });
    await see(sites.getByRole('status').filter({ hasText: LOADS_AGAIN }));
    await h.context.setOffline(false);
    await see(options.getByRole('radiogroup', { name: 'Jira site' }));
    await gone(offlineStatus(options));
    await until('no failure left on the options page', async () => (await options.getByText(LOADS_AGAIN).count()) === 0, options);
    await options.close();
  });
});
