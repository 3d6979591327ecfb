// Creating an issue from the popup, in real Chromium against the simulator: the create screen of
// BIG's Bug type (with its required custom select "Severity"), the check made before sending, and
// what Jira stores: the custom field and the description turned from Markdown into ADF.
import { describe, expect, it } from 'vitest';
import { walk, type AdfNode } from './adf-walk.ts';
import { openBugForm } from './create-steps.ts';
import { useHarness } from './harness.ts';
import { jiraText, mustIssue, panel, signedInToAcme } from './issue-steps.ts';
import { click, see, step, STEP_MS } from './steps.ts';

const SEVERITY = 'customfield_10050';

describe('create an issue', () => {
  const h = signedInToAcme(useHarness(), 'E2E create');

  it('BIG Bug: the required Severity is checked before sending, then the issue is created with it and an ADF description', async () => {
    const { popup, form } = await openBugForm(h);

    // The required custom select is on the form, labelled by its Jira name and marked required.
    const severity = form.getByRole('combobox', { name: 'Severity' });
    await see(severity);
    expect(await form.locator(`label[for="${await severity.getAttribute('id')}"]`).textContent()).toBe('Severity (required)');
    expect(await severity.getAttribute('aria-required')).toBe('true');

    const summary = `E2E bug ${Date.now()}`;
    await step('typing the summary', popup, () => form.getByRole('textbox', { name: 'Summary' }).fill(summary, { timeout: STEP_MS }));
    const markdown = 'The export is **really** broken.\n\n- first step\n- second step\n\nSee [the runbook](https://example.com/runbook).';
    await step('typing the description', popup, () => form.getByRole('textbox', { name: 'Description' }).fill(markdown, { timeout: STEP_MS }));

    h.sim.clearLog();
    await click(form.getByRole('button', { name: 'Create issue' }));
    // Next to the field, tied to it for screen readers, and nothing sent to Jira.
    const message = form.getByText('Severity is required.', { exact: true });
    await see(message);
    const messageId = await message.getAttribute('id');
    expect(messageId).toBeTruthy();
    expect((await severity.getAttribute('aria-describedby'))?.split(' ')).toContain(messageId);
    expect(await severity.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe(await severity.getAttribute('id'));
    expect(h.sim.log.filter((e) => e.method === 'POST' && e.path.endsWith('/rest/api/3/issue')), jiraText(h.sim)).toEqual([]);

    await step('choosing a severity', popup, () => severity.selectOption({ label: 'Major' }, { timeout: STEP_MS }));
    await click(form.getByRole('button', { name: 'Create issue' }));
    const created = panel(popup, 'Create').getByRole('heading', { name: /^Created BIG-\d+$/ });
    await see(created);
    const key = (await created.getByRole('link').textContent()) ?? '';
    expect(key).toMatch(/^BIG-\d+$/);
    expect(await created.getByRole('link').getAttribute('href')).toBe(`https://acme-sim.atlassian.net/browse/${key}`);
    await see(panel(popup, 'Create').getByText(summary, { exact: true }));

    const posts = h.sim.log.filter((e) => e.method === 'POST' && e.path.endsWith('/rest/api/3/issue'));
    expect(posts.map((e) => e.status), jiraText(h.sim)).toEqual([201]);

    // What Jira stored.
    const issue = mustIssue(h.sim, key);
    expect(issue.fields.summary).toBe(summary);
    expect(issue.issueTypeId).toBe('10002');
    expect(issue.fields[SEVERITY]).toEqual({ id: '10101', value: 'Major' });
    const description = issue.fields.description as AdfNode;
    expect(description).toMatchObject({ type: 'doc', version: 1 });
    const marks: { type: string; attrs?: Record<string, unknown>; text: string }[] = [];
    const types = new Set<string>();
    walk(description, (n) => {
      types.add(n.type);
      for (const m of n.marks ?? []) marks.push({ ...m, text: n.text ?? '' });
    });
    expect(marks).toContainEqual(expect.objectContaining({ type: 'strong', text: 'really' }));
    expect(marks).toContainEqual(expect.objectContaining({ type: 'link', text: 'the runbook', attrs: expect.objectContaining({ href: 'https://example.com/runbook' }) }));
    expect(types.has('bulletList')).toBe(true);
    const items: string[] = [];
    walk(description, (n) => {
      if (n.type === 'listItem') {
        const texts: string[] = [];
        walk(n, (t) => t.text !== undefined && texts.push(t.text));
        items.push(texts.join(''));
      }
    });
    expect(items).toEqual(['first step', 'second step']);
    // The Markdown syntax itself did not end up as text.
    const allText: string[] = [];
    walk(description, (n) => n.text !== undefined && allText.push(n.text));
    expect(allText.join('')).not.toMatch(/\*\*|\]\(/);
    await popup.close();
  });
});
