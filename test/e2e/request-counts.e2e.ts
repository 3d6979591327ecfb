// How many Jira requests each issue action costs, in real Chromium against the simulator. Only
// requests to Jira's REST API count (/rest/api/3/), and only those the action itself makes: the
// log is cleared once the popup is ready, after the session requests it makes on open. Connecting
// a profile is counted apart: which sites the account has, and who the user is on the one chosen.
import { beforeAll, describe, expect, it } from 'vitest';
import { fillBug } from './create-steps.ts';
import { useHarness } from './harness.ts';
import {
  acme,
  chooseCreateTarget,
  chooseTab,
  findStatus,
  issuePath,
  issueView,
  jiraRequests,
  jiraText,
  openIssue,
  openPopup,
  panel,
  plainIssues,
  settle,
  signInToAcme,
  submitIssueReference,
} from './issue-steps.ts';
import { createProfileOnOptionsPage, decide, logText, openPage, pickSiteOnOptionsPage, profileRadio } from './sign-in-steps.ts';
import { click, gone, see, step, STEP_MS } from './steps.ts';

describe('Jira requests per action', () => {
  const h = useHarness();
  beforeAll(() => signInToAcme(h, 'E2E request counts'), 60_000);

  /** Clears the log once nothing more is on its way, runs `action`, and returns the Jira requests
   *  it made (waiting for stragglers first). */
  async function jiraRequestsOf(action: () => Promise<void>) {
    await settle(h.sim);
    h.sim.clearLog();
    await action();
    await settle(h.sim);
    return jiraRequests(h.sim);
  }

  it('create, with the create screen already loaded once: 1 request', async () => {
    // Warm: the Create tab opened once for BIG / Bug.
    const first = await openPopup(h);
    await chooseCreateTarget(first, 'BIG', 'Bug');
    await first.close();

    const popup = await openPopup(h);
    const loading = await jiraRequestsOf(async () => {
      await chooseCreateTarget(popup, 'BIG', 'Bug');
    });
    // Projects, issue types and the screen all come from the cache.
    expect(loading.filter((e) => !e.path.endsWith('/myself')), jiraText(h.sim)).toEqual([]);

    const form = await fillBug(popup, 'Counted create');
    const made = await jiraRequestsOf(async () => {
      await click(form.getByRole('button', { name: 'Create issue' }));
      await see(panel(popup, 'Create').getByRole('heading', { name: /^Created BIG-\d+$/ }));
    });
    expect(made.map((e) => `${e.method} ${e.status}`), jiraText(h.sim)).toEqual(['POST 201']);
    expect(made[0]?.path).toMatch(/\/rest\/api\/3\/issue$/);
    await popup.close();
  });

  it('open an issue by key: 1 request, and 1 for its latest comments', async () => {
    const popup = await openPopup(h);
    await chooseTab(popup, 'Open');
    const made = await jiraRequestsOf(async () => {
      await submitIssueReference(popup, 'BIG-20');
      await see(issueView(popup, 'BIG-20'));
    });
    expect(made.map((e) => `${e.method} ${e.path} ${e.status}`), jiraText(h.sim)).toEqual([
      `GET ${issuePath(h.sim, 'BIG-20')} 200`,
      `GET ${issuePath(h.sim, 'BIG-20')}/comment 200`,
    ]);
    await popup.close();
  });

  it('one page of search results: 1 request', async () => {
    const popup = await openPopup(h);
    await chooseTab(popup, 'Find');
    const find = panel(popup, 'Find');
    await step('typing JQL', popup, () => find.getByRole('textbox', { name: 'JQL' }).fill('project = WEB ORDER BY key ASC', { timeout: STEP_MS }));
    const made = await jiraRequestsOf(async () => {
      await click(find.getByRole('button', { name: 'Search', exact: true }));
      await see(findStatus(popup).filter({ hasText: /^\d+ issues/ }));
    });
    expect(made.map((e) => `${e.method} ${e.status}`), jiraText(h.sim)).toEqual([`${made[0]?.method ?? 'GET'} 200`]);
    expect(made[0]?.path).toMatch(/\/rest\/api\/3\/search\/jql$/);
    await popup.close();
  });

  it('save an edit (the form open): 1 request', async () => {
    const popup = await openPopup(h);
    const view = await openIssue(popup, 'WEB-4');
    await click(view.getByRole('button', { name: 'Edit', exact: true }));
    const form = popup.getByRole('form', { name: 'Edit WEB-4' });
    await step('typing the summary', popup, () => form.getByRole('textbox', { name: 'Summary' }).fill('Counted edit', { timeout: STEP_MS }));
    const made = await jiraRequestsOf(async () => {
      await click(form.getByRole('button', { name: 'Save changes' }));
      await see(popup.getByRole('status').filter({ hasText: 'WEB-4 saved.' }));
    });
    expect(made.map((e) => `${e.method} ${e.path} ${e.status}`), jiraText(h.sim)).toEqual([`PUT ${issuePath(h.sim, 'WEB-4')} 204`]);
    await popup.close();
  });

  it('delete an issue: 1 request', async () => {
    const target = plainIssues(h.sim, 'BIG', 'In Progress')[0];
    if (!target) throw new Error('no In Progress issue without sub-tasks in BIG');
    const popup = await openPopup(h);
    const view = await openIssue(popup, target.key);
    const made = await jiraRequestsOf(async () => {
      await click(view.getByRole('button', { name: 'Delete', exact: true }));
      const dialog = popup.getByRole('dialog', { name: `Delete ${target.key}?` });
      await click(dialog.getByRole('button', { name: 'Delete issue' }));
      await gone(dialog);
      await see(panel(popup, 'Open').getByRole('status').filter({ hasText: `${target.key} deleted.` }));
    });
    expect(made.map((e) => `${e.method} ${e.path} ${e.status}`), jiraText(h.sim)).toEqual([`DELETE ${issuePath(h.sim, target.key)} 204`]);
    await popup.close();
  });
});

describe('Requests of connecting a profile', () => {
  const h = useHarness();

  it('connect, then choose a site: 1 accessible-resources request, 1 myself on that site', async () => {
    const options = await openPage(h, 'options.html');
    await createProfileOnOptionsPage(options, { name: 'E2E connect counts' });
    await settle(h.sim);
    h.sim.clearLog();
    const consent = await h.consentPageAfter(() => click(options.getByRole('button', { name: 'Connect now' })));
    await decide(consent, 'Accept');
    await see(profileRadio(options, 'E2E connect counts', 'Connected'));
    // Acme and Globex: the account has two sites, so the user chooses one.
    await pickSiteOnOptionsPage(options, h.sim, 'Acme');
    await settle(h.sim);
    const lines = logText(h.sim);
    const resources = h.sim.log.filter((e) => e.path === '/oauth/token/accessible-resources');
    const myself = h.sim.log.filter((e) => e.path.endsWith('/rest/api/3/myself'));
    expect(resources.map((e) => `${e.method} ${e.status}`), lines).toEqual(['GET 200']);
    expect(myself.map((e) => `${e.method} ${e.path} ${e.status}`), lines).toEqual([`GET /ex/jira/${acme(h.sim).site.id}/rest/api/3/myself 200`]);
    await options.close();
  });
});
