// The popup's issue journeys in Firefox, with the steps the Chromium lane uses: create with a
// required custom field and a Markdown description (stored as ADF), open by key, edit, change
// status, delete, and Find paged to the end with "Load more".
import { describe, expect, it } from 'vitest';
import { SEARCH_PAGE_SIZE } from '../../lib/jira/search.ts';
import { walk, type AdfNode } from '../e2e/adf-walk.ts';
import { fillBug, openBugForm } from '../e2e/create-steps.ts';
import {
  acme,
  chooseTab,
  findStatus,
  issueIn,
  jiraRequests,
  jiraText,
  mustIssue,
  openPopup,
  openToDoIssue,
  panel,
  resultKeys,
  signedInToAcme,
  statusOf,
} from '../e2e/issue-steps.ts';
import { click, gone, see, step, STEP_MS } from '../e2e/steps.ts';
import { useFirefox } from './harness.ts';

describe('Firefox: issues from the popup', () => {
  const h = signedInToAcme(useFirefox(), 'Firefox issues');

  // First: Jira's search, like the simulator's, lists a new issue only seconds after its create
  // (test/sim/jira/search-consistency.ts).
  it('Find: a whole project page after page with "Load more", every issue once, in key order', async () => {
    const expected = [...acme(h.sim).issues.keys()].filter((k) => k.startsWith('BIG-')).sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
    expect(expected.length).toBeGreaterThan(SEARCH_PAGE_SIZE);
    const popup = await openPopup(h);
    await chooseTab(popup, 'Find');
    const find = panel(popup, 'Find');
    await step('typing JQL', popup, () => find.getByRole('textbox', { name: 'JQL' }).fill('project = BIG ORDER BY key ASC', { timeout: STEP_MS }));
    await click(find.getByRole('button', { name: 'Search', exact: true }));
    for (let shown = SEARCH_PAGE_SIZE; shown < expected.length; shown += SEARCH_PAGE_SIZE) {
      await see(findStatus(popup).filter({ hasText: `${shown} issues, more available` }));
      await click(find.getByRole('button', { name: 'Load more' }));
    }
    await see(findStatus(popup).filter({ hasText: new RegExp(`^${expected.length} issues$`) }));
    expect(await resultKeys(popup)).toEqual(expected);
    await popup.close();
  });

  it('create: the required Severity is asked for first, then Jira stores it with the Markdown description as ADF', async () => {
    const { popup, form } = await openBugForm(h);
    const summary = `Firefox bug ${Date.now()}`;
    await step('typing the summary', popup, () => form.getByRole('textbox', { name: 'Summary' }).fill(summary, { timeout: STEP_MS }));
    await step('typing the description', popup, () =>
      form.getByRole('textbox', { name: 'Description' }).fill('Export is **broken**.\n\n- first\n- second', { timeout: STEP_MS }),
    );
    h.sim.clearLog();
    await click(form.getByRole('button', { name: 'Create issue' }));
    await see(form.getByText('Severity is required.', { exact: true }));
    expect(jiraRequests(h.sim).filter((e) => e.method === 'POST'), jiraText(h.sim)).toEqual([]);

    await fillBug(popup, summary);
    await click(form.getByRole('button', { name: 'Create issue' }));
    const created = panel(popup, 'Create').getByRole('heading', { name: /^Created BIG-\d+$/ });
    await see(created);
    const key = ((await created.textContent()) ?? '').replace(/^Created /, '');
    const issue = mustIssue(h.sim, key);
    expect(issue.fields.summary).toBe(summary);
    expect(issue.fields.customfield_10050).toMatchObject({ value: 'Minor' });
    const types = new Set<string>();
    const strong: string[] = [];
    walk(issue.fields.description as AdfNode, (n) => {
      types.add(n.type);
      if (n.marks?.some((m) => m.type === 'strong')) strong.push(n.text ?? '');
    });
    expect(strong).toEqual(['broken']);
    expect(types.has('bulletList')).toBe(true);
    await popup.close();
  });

  it('open by key, edit the summary, change the status, delete', async () => {
    const { target, popup, view } = await openToDoIssue(h, 0);
    const { key, statusId } = target;
    await see(view.getByText(String(target.fields.summary), { exact: true }));

    await click(view.getByRole('button', { name: 'Edit', exact: true }));
    const form = popup.getByRole('form', { name: `Edit ${key}` });
    const summary = `Edited in Firefox ${Date.now()}`;
    await step('typing the summary', popup, () => form.getByRole('textbox', { name: 'Summary' }).fill(summary, { timeout: STEP_MS }));
    await click(form.getByRole('button', { name: 'Save changes' }));
    await gone(form);
    await see(popup.getByRole('status').filter({ hasText: `${key} saved.` }));
    await see(view.getByRole('heading', { name: `${key} ${summary}`, exact: true }));
    expect(mustIssue(h.sim, key).fields.summary).toBe(summary);

    await click(view.getByRole('button', { name: 'Change status' }));
    const dialog = popup.getByRole('dialog', { name: `Change the status of ${key}` });
    await click(dialog.getByRole('button', { name: 'Start progress → In Progress' }));
    await gone(dialog);
    await see(view.getByRole('status').filter({ hasText: `${key} is now In Progress.` }));
    await see(statusOf(view).filter({ hasText: 'In Progress' }));
    expect(mustIssue(h.sim, key).statusId).not.toBe(statusId);

    await click(view.getByRole('button', { name: 'Delete', exact: true }));
    const confirm = popup.getByRole('dialog', { name: `Delete ${key}?` });
    await click(confirm.getByRole('button', { name: 'Delete issue' }));
    await gone(confirm);
    await see(panel(popup, 'Open').getByRole('status').filter({ hasText: `${key} deleted.` }));
    expect(issueIn(h.sim, key)).toBeUndefined();
    await popup.close();
  });

});
