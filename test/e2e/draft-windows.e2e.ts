// One create draft in two windows, in real Chromium against the simulator: two popup pages on the
// same site stand for the toolbar popup and a `jira …` tab. storage.local's onChanged tells each
// what the other wrote: the newer edit wins, and a draft that Jira created an issue from in one
// window is not written back by the other.
import { describe, expect, it } from 'vitest';
import { openBugForm } from './create-steps.ts';
import { useHarness } from './harness.ts';
import { openPopup, panel, signedInToAcme } from './issue-steps.ts';
import { liveWorker, readArea } from './sign-in-steps.ts';
import { click, see, step, STEP_MS } from './steps.ts';

const SUMMARY = 'Two windows: export fails';

describe('a draft in two windows', () => {
  const h = signedInToAcme(useHarness(), 'E2E draft windows');

  it('the other window is told of the newer draft and loads it; once the issue is created it writes nothing back', async () => {
    const { popup: first, form } = await openBugForm(h);
    const second = await openPopup(h);
    const other = panel(second, 'Create');
    await see(other.getByRole('combobox', { name: 'Project' }));
    await step('typing the summary', first, () => form.getByRole('textbox', { name: 'Summary' }).fill(SUMMARY, { timeout: STEP_MS }));

    await see(other.getByRole('status').filter({ hasText: 'This draft was changed in another window.' }));
    await click(other.getByRole('button', { name: 'Load the newer version' }));
    const loaded = other.getByRole('form', { name: 'New issue' });
    await see(loaded.getByRole('combobox', { name: 'Severity' }));
    expect(await loaded.getByRole('textbox', { name: 'Summary' }).inputValue({ timeout: STEP_MS })).toBe(SUMMARY);

    await step('choosing a severity', first, () => form.getByRole('combobox', { name: 'Severity' }).selectOption({ label: 'Major' }, { timeout: STEP_MS }));
    await click(form.getByRole('button', { name: 'Create issue' }));
    await see(panel(first, 'Create').getByRole('heading', { name: /^Created BIG-\d+$/ }));
    await see(other.getByRole('status').filter({ hasText: 'This draft was removed in another window' }));
    await step('typing in the other window', second, () => loaded.getByRole('textbox', { name: 'Summary' }).fill(`${SUMMARY}, again`, { timeout: STEP_MS }));
    await second.close();
    await first.close();
    const local = await readArea(await liveWorker(h), 'local');
    expect(Object.keys(local).filter((k) => k.startsWith('draft.'))).toEqual([]);
  });
});
