// Drafts in real Chromium against the simulator: what the user typed into the create form
// survives a closed popup and a stopped service worker, and a revoked grant with its reconnect;
// it goes once Jira has created the issue. An edit typed and left unsaved is offered again when
// the issue is opened. The popup page is closed right after typing: the draft is written as the
// page goes, not on a timer that a closing popup would never see fire.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { typeBugDraft } from './create-steps.ts';
import { useHarness } from './harness.ts';
import { acme, jiraText, openIssue, openPopup, panel, signedInToAcme } from './issue-steps.ts';
import { consentPageAfter, decide, liveWorker, openPage, readArea } from './sign-in-steps.ts';
import { click, see, step, STEP_MS } from './steps.ts';

const SUMMARY = 'Draft: export fails on big files';
const DESCRIPTION = 'Steps:\n\n1. export a **large** project\n2. wait';

async function draftKeys(h: ReturnType<typeof useHarness>): Promise<string[]> {
  return Object.keys(await readArea(await liveWorker(h), 'local')).filter((k) => k.startsWith('draft.'));
}

/** The Create form with the draft restored: the note, then the typed values. */
async function expectRestored(popup: Page) {
  const create = panel(popup, 'Create');
  await see(create.getByRole('status').filter({ hasText: 'Draft restored' }));
  await see(create.getByRole('button', { name: 'Discard draft' }));
  const form = create.getByRole('form', { name: 'New issue' });
  await see(form.getByRole('button', { name: 'Create issue' }));
  expect(await form.getByRole('textbox', { name: 'Summary' }).inputValue({ timeout: STEP_MS })).toBe(SUMMARY);
  expect(await form.getByRole('textbox', { name: 'Description' }).inputValue({ timeout: STEP_MS })).toBe(DESCRIPTION);
  expect(await create.getByRole('combobox', { name: 'Project' }).inputValue({ timeout: STEP_MS })).toBe('Big Platform (BIG)');
  return form;
}

describe('drafts', () => {
  const h = signedInToAcme(useHarness(), 'E2E drafts');

  it('the create form comes back after the popup closes and the worker stops', async () => {
    const { popup } = await typeBugDraft(h, SUMMARY, DESCRIPTION);
    await popup.close();
    await h.stopWorker();

    const again = await openPopup(h);
    await expectRestored(again);
    await again.close();
  });

  it('the draft is there after the grant is revoked and the user reconnects', async () => {
    h.sim.revokeGrant();
    const popup = await openPage(h, 'popup.html');
    await see(popup.getByRole('heading', { name: 'Reconnect to Jira' }));
    const consent = await consentPageAfter(h.context, () => click(popup.getByRole('button', { name: 'Reconnect' })));
    await decide(consent, 'Accept');
    await expectRestored(popup);
    await popup.close();
  });

  it('once Jira creates the issue the draft is gone, and the next popup starts empty', async () => {
    const popup = await openPopup(h);
    const form = await expectRestored(popup);
    await step('choosing a severity', popup, () => form.getByRole('combobox', { name: 'Severity' }).selectOption({ label: 'Major' }, { timeout: STEP_MS }));
    await click(form.getByRole('button', { name: 'Create issue' }));
    await see(panel(popup, 'Create').getByRole('heading', { name: /^Created BIG-\d+$/ }));
    expect([...acme(h.sim).issues.values()].some((i) => i.fields.summary === SUMMARY), jiraText(h.sim)).toBe(true);
    await popup.close();

    const again = await openPopup(h);
    const create = panel(again, 'Create');
    const fresh = create.getByRole('form', { name: 'New issue' });
    await see(fresh.getByRole('button', { name: 'Create issue' }));
    expect(await fresh.getByRole('textbox', { name: 'Summary' }).inputValue({ timeout: STEP_MS })).toBe('');
    expect(await create.getByText('Draft restored').count()).toBe(0);
    expect(await draftKeys(h)).toEqual([]);
    await again.close();
  });

  it('an unsaved edit is offered again when its issue is opened after the worker stops', async () => {
    const target = [...acme(h.sim).issues.values()].find((i) => i.key.startsWith('BIG-') && !i.parentKey);
    if (!target) throw new Error('no BIG issue to edit');
    const key = target.key;
    const typed = `Unsaved summary of ${key}`;
    const popup = await openPopup(h);
    const view = await openIssue(popup, key);
    await click(view.getByRole('button', { name: 'Edit', exact: true }));
    const form = popup.getByRole('form', { name: `Edit ${key}` });
    await step('typing the summary', popup, () => form.getByRole('textbox', { name: 'Summary' }).fill(typed, { timeout: STEP_MS }));
    await popup.close();
    await h.stopWorker();

    const again = await openPopup(h);
    await openIssue(again, key);
    await see(again.getByRole('status').filter({ hasText: `You have unsaved changes to ${key}` }));
    await click(again.getByRole('button', { name: 'Continue editing' }));
    const restored = again.getByRole('form', { name: `Edit ${key}` });
    await see(restored.getByRole('button', { name: 'Save changes' }));
    expect(await restored.getByRole('textbox', { name: 'Summary' }).inputValue({ timeout: STEP_MS })).toBe(typed);
    // Nothing reached Jira: the issue is as it was.
    expect(acme(h.sim).issues.get(key)?.fields.summary).toBe(target.fields.summary);
    await again.close();
  });
});
