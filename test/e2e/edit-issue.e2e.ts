// Editing an issue from the popup's issue view, in real Chromium against the simulator: summary,
// description (Markdown, stored as ADF) and assignee (picked from Jira's assignable people), only
// the changed fields sent; and a save Jira refuses, which puts the old values back in the view
// and keeps what the user typed in the form.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../sim/types.ts';
import { useHarness } from './harness.ts';
import { acme, issuePath, issueView, jiraText, mustIssue, openIssue, openPopup, signedInToAcme } from './issue-steps.ts';
import { click, gone, see, step, STEP_MS } from './steps.ts';

/** Top-level BIG tasks and stories whose description is plain paragraphs (or none), so Markdown
 *  holds it without loss, assigned to someone other than `notAssignee`. */
function plainEditable(issues: Iterable<Issue>, notAssignee: string): Issue[] {
  const plain = (doc: unknown) =>
    doc === null ||
    (typeof doc === 'object' &&
      Array.isArray((doc as { content?: unknown }).content) &&
      (doc as { content: { type: string; content?: { type: string; marks?: unknown }[] }[] }).content.every(
        (p) => p.type === 'paragraph' && (p.content ?? []).every((t) => t.type === 'text' && t.marks === undefined),
      ));
  return [...issues].filter(
    (i) => i.key.startsWith('BIG-') && ['10001', '10003'].includes(i.issueTypeId) && i.fields.assignee !== notAssignee && plain(i.fields.description),
  );
}

async function startEditing(popup: Page, key: string) {
  const view = await openIssue(popup, key);
  await click(view.getByRole('button', { name: 'Edit', exact: true }));
  const form = popup.getByRole('form', { name: `Edit ${key}` });
  await see(form.getByRole('button', { name: 'Save changes' }));
  return { view, form };
}

describe('edit an issue', () => {
  const h = signedInToAcme(useHarness(), 'E2E edit');

  it('changes summary, description and assignee; only those go to Jira, and Jira stores them', async () => {
    const chen = h.sim.state.users.find((u) => u.displayName === 'Chen Wei');
    if (!chen) throw new Error('no user Chen Wei');
    const target = plainEditable(acme(h.sim).issues.values(), chen.accountId)[0];
    if (!target) throw new Error('no plain BIG issue to edit');
    const key = target.key;
    const popup = await openPopup(h);
    const { view, form } = await startEditing(popup, key);

    const summary = form.getByRole('textbox', { name: 'Summary' });
    expect(await summary.inputValue()).toBe(target.fields.summary);
    const newSummary = `Edited in the popup ${Date.now()}`;
    await step('typing the summary', popup, () => summary.fill(newSummary, { timeout: STEP_MS }));
    await step('typing the description', popup, () =>
      form.getByRole('textbox', { name: 'Description' }).fill('Now **urgent**, see [the plan](https://example.com/plan).\n\n- one\n- two', { timeout: STEP_MS }),
    );
    const assignee = form.getByRole('combobox', { name: 'Assignee' });
    await step('typing a name', popup, () => assignee.fill('Chen', { timeout: STEP_MS }));
    await click(form.getByRole('option', { name: 'Chen Wei' }));
    expect(await assignee.inputValue()).toBe('Chen Wei');

    h.sim.clearLog();
    await click(form.getByRole('button', { name: 'Save changes' }));
    await gone(form);
    await see(popup.getByRole('status').filter({ hasText: `${key} saved.` }));
    await see(view.getByRole('heading', { name: `${key} ${newSummary}`, exact: true }));
    await see(view.getByRole('region', { name: 'Description' }).getByRole('link', { name: 'the plan' }));

    const puts = h.sim.log.filter((e) => e.method === 'PUT');
    expect(puts.map((e) => [e.path, e.status]), jiraText(h.sim)).toEqual([[issuePath(h.sim, key), 204]]);
    const sent = (puts[0]?.body as { fields?: Record<string, unknown> } | undefined)?.fields ?? {};
    expect(Object.keys(sent).sort()).toEqual(['assignee', 'description', 'summary']);

    const stored = mustIssue(h.sim, key);
    expect(stored.fields.summary).toBe(newSummary);
    expect(stored.fields.assignee).toBe(chen.accountId);
    const json = JSON.stringify(stored.fields.description);
    expect(json).toContain('"type":"strong"');
    expect(json).toContain('"type":"bulletList"');
    expect(stored.fields.description).toMatchObject({ type: 'doc' });
    expect(json).toMatch(/"type":"link","attrs":\{"href":"https:\/\/example\.com\/plan"/);

    // Opened again, the view shows what Jira now has.
    const again = await openIssue(popup, key);
    await see(again.getByRole('heading', { name: `${key} ${newSummary}`, exact: true }));
    await see(again.getByText('Chen Wei', { exact: true }));
    await popup.close();
  });

  it('a save Jira refuses: the view keeps the old values, the form re-opens with what was typed and why', async () => {
    const target = plainEditable(acme(h.sim).issues.values(), '')[1];
    if (!target) throw new Error('no second plain BIG issue to edit');
    const key = target.key;
    const oldSummary = target.fields.summary as string;
    const popup = await openPopup(h);
    const { view, form } = await startEditing(popup, key);
    const typed = `Refused edit ${Date.now()}`;
    await step('typing the summary', popup, () => form.getByRole('textbox', { name: 'Summary' }).fill(typed, { timeout: STEP_MS }));

    h.sim.clearLog();
    h.sim.faults.next(1, { kind: 'status', status: 500 }, { method: 'PUT', pathIncludes: `/rest/api/3/issue/${key}` });
    await click(form.getByRole('button', { name: 'Save changes' }));
    const alert = form.getByRole('alert');
    await see(alert.filter({ hasText: `Jira did not save your changes to ${key}.` }));
    await see(alert.filter({ hasText: 'Jira had a problem (HTTP 500)' }));
    expect(await form.getByRole('textbox', { name: 'Summary' }).inputValue()).toBe(typed);
    expect(h.sim.log.filter((e) => e.method === 'PUT').map((e) => e.status), jiraText(h.sim)).toEqual([500]);
    expect(mustIssue(h.sim, key).fields.summary).toBe(oldSummary);

    await click(form.getByRole('button', { name: 'Cancel' }));
    await gone(form);
    await see(issueView(popup, key).getByRole('heading', { name: `${key} ${oldSummary}`, exact: true }));
    expect(await view.getByText(typed).count()).toBe(0);
    await popup.close();
  });
});
