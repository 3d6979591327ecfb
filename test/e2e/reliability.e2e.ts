// Fault drills: real use leaves the happy path. A popup closes the moment it loses focus, a
// connection is taken and never answered, the worker is stopped mid-write, a user signs out while
// a token refresh is on its way. Each drill forces the timing with the simulator (a delayed or
// hanging answer) and checks what the user then sees, and what Jira and storage hold.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Issue } from '../sim/types.ts';
import { fillBug } from './create-steps.ts';
import { useHarness } from './harness.ts';
import { acme, chooseCreateTarget, chooseTab, issueView, jiraText, openPopup, panel, signedInToAcme, submitIssueReference } from './issue-steps.ts';
import {
  connectionPanel,
  isTokenRequest,
  liveWorker,
  logText,
  openPage,
  profileRadio,
  readArea,
} from './sign-in-steps.ts';
import { click, see, STEP_MS, until } from './steps.ts';

const PROFILE = 'E2E drills';
const CREATE = { method: 'POST', pathIncludes: '/rest/api/3/issue' } as const;

describe('fault drills', () => {
  const h = signedInToAcme(useHarness(), PROFILE);
  afterEach(() => h.sim.faults.clear());

  const withSummary = (summary: string): Issue[] => [...acme(h.sim).issues.values()].filter((i) => i.fields.summary === summary);
  const createSent = () => h.sim.log.filter((e) => e.method === 'POST' && /\/rest\/api\/3\/issue$/.test(e.path));
  const draftKeys = async () => Object.keys(await readArea(await liveWorker(h), 'local')).filter((k) => k.startsWith('draft.'));

  /** Fills a Bug, holds Jira's answer to the create back by `delayMs`, clicks Create and waits until
   *  the create has reached Jira (its answer not yet sent). */
  async function createHeldBack(popup: Page, summary: string, delayMs: number): Promise<void> {
    await chooseCreateTarget(popup, 'BIG', 'Bug');
    const form = await fillBug(popup, summary);
    const before = createSent().length;
    h.sim.faults.next(1, { kind: 'delay', ms: delayMs }, CREATE);
    await click(form.getByRole('button', { name: 'Create issue' }));
    await until('the create reached Jira', () => createSent().length > before, popup);
  }

  /** The Create panel shows the issue as created ("Created KEY") and no restored draft. */
  async function expectShownAsCreated(popup: Page, key: string) {
    const create = panel(popup, 'Create');
    await see(create.getByRole('heading', { name: `Created ${key}` }));
    expect(await create.getByText('Draft restored').count()).toBe(0);
  }

  it('the popup closes while a create is under way: one issue in Jira, shown as created when the popup opens again', async () => {
    const summary = 'Drill: popup closed mid-create';
    const popup = await openPopup(h);
    await createHeldBack(popup, summary, 1_500);
    await popup.close();

    await until('Jira answered the create', () => createSent().at(-1)?.status === 201);
    const [issue, ...more] = withSummary(summary);
    expect(more, jiraText(h.sim)).toEqual([]);
    if (!issue) throw new Error(`no issue "${summary}" in Jira\n${jiraText(h.sim)}`);

    const again = await openPopup(h);
    await expectShownAsCreated(again, issue.key);
    expect(await draftKeys()).toEqual([]);
    expect(withSummary(summary)).toHaveLength(1);
    await again.close();
  });

  it('the worker stops while a create is under way: the popup finds the issue Jira made instead of an error', async () => {
    const summary = 'Drill: worker stopped mid-create';
    const popup = await openPopup(h);
    await createHeldBack(popup, summary, 1_000);
    await h.stopWorker();

    // The create reached Jira before the worker went, so the issue exists; the page learns of it
    // from the worker that wakes next, which looks for it rather than sending the create again.
    await until('Jira made the issue', () => withSummary(summary).length === 1, popup);
    const [issue] = withSummary(summary) as [Issue];
    await expectShownAsCreated(popup, issue.key).catch(async (error: unknown) => {
      throw new Error(`${String(error)}\npopup says: ${await popup.locator('body').innerText()}\n${jiraText(h.sim)}`);
    });
    expect(createSent().filter((e) => e.body && (e.body as { fields?: { summary?: string } }).fields?.summary === summary)).toHaveLength(1);
    expect(withSummary(summary)).toHaveLength(1);
    await popup.close();
    expect(await draftKeys()).toEqual([]);
  });

  it('a request that never ends: within 30 s the popup says Jira did not answer, and Try again works', async () => {
    const key = [...acme(h.sim).issues.values()].find((i) => i.key.startsWith('BIG-'))?.key ?? 'BIG-1';
    const popup = await openPopup(h);
    h.sim.faults.next(1, { kind: 'hang' }, { method: 'GET', pathIncludes: `/rest/api/3/issue/${key}` });
    await chooseTab(popup, 'Open');
    await submitIssueReference(popup, key);
    const alert = popup.getByRole('alert').filter({ hasText: 'Atlassian did not answer in time' });
    await see(alert, 30_000);
    await click(alert.getByRole('button', { name: 'Try again' }));
    await see(issueView(popup, key));
    await popup.close();
  }, 60_000);

  it('signing out while a token refresh is under way: the profile stays signed out and no refresh token is stored', async () => {
    const options = await openPage(h, 'options.html');
    await see(profileRadio(options, PROFILE, 'Connected'));
    // Atlassian stops accepting the access token; its refresh is held back for 3 s.
    h.sim.expireAccessTokens();
    h.sim.faults.next(1, { kind: 'delay', ms: 3_000 }, { host: 'auth.atlassian.com', method: 'POST', pathIncludes: '/oauth/token' });
    const refreshes = () => h.sim.log.filter(isTokenRequest);
    const before = refreshes().length;
    const popup = await openPage(h, 'popup.html');
    await until('a token refresh on its way', () => refreshes().length > before, popup);

    await click(connectionPanel(options).getByRole('button', { name: 'Sign out' }));
    await see(profileRadio(options, PROFILE, 'Not connected'));
    await until('the refresh answered', () => refreshes().at(-1)?.status !== 0, options, STEP_MS);

    await see(popup.getByRole('heading', { name: 'Not connected to Jira' }));
    await options.reload();
    await see(profileRadio(options, PROFILE, 'Not connected'));
    const local = await readArea(await liveWorker(h), 'local');
    expect(Object.keys(local).filter((k) => k.startsWith('auth.refresh.')), logText(h.sim)).toEqual([]);
    await popup.close();
    await options.close();
  });
});
