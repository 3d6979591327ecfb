// Firefox's event page in the journeys: what it throws fails the test; suspended as after its idle
// timeout, it is woken by the next page and still knows who is signed in; a draft typed in the
// popup survives the popup closing and the event page stopping.
import { describe, expect, it } from 'vitest';
import { typeBugDraft } from '../e2e/create-steps.ts';
import { openPopup, panel, settle, signedInToAcme } from '../e2e/issue-steps.ts';
import { isAuthorizeRequest, isTokenRequest, logText } from '../e2e/sign-in-steps.ts';
import { see, until } from '../e2e/steps.ts';
import { useFirefox } from './harness.ts';

interface Browser {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
}

const SUMMARY = 'Draft: export fails in Firefox';
const DESCRIPTION = 'Steps:\n\n1. export a **large** project\n2. wait';

describe('Firefox: the event page', () => {
  const h = signedInToAcme(useFirefox(), 'Firefox event page');

  it('an error thrown in the event page during a journey fails the test', async () => {
    await h.chrome.throwInEventPage("throw new Error('thrown in the event page by the test')", `${h.baseUrl}test-probe.js`);
    await until('the error reaching the console', async () => (await h.chrome.consoleErrors(0, h.baseUrl)).length > 0);
    await expect(h.expectNoExtensionErrors()).rejects.toThrow(/the extension logged 1 error\(s\):\n.*Error: thrown in the event page by the test/);
  });

  it('suspended as after its idle timeout, it wakes for the popup with the session kept', async () => {
    expect(await h.chrome.backgroundState()).toBe('running');
    const tokensBefore = h.sim.log.filter(isTokenRequest).length;
    const authorizeBefore = h.sim.log.filter(isAuthorizeRequest).length;
    await h.stopWorker();
    expect(await h.chrome.backgroundState()).toBe('stopped');

    const popup = await openPopup(h);
    // The popup paints its first frame from storage before the event page has answered; its first
    // message wakes it, and the session check that follows asks Atlassian once it runs.
    await until('the event page running again', async () => (await h.chrome.backgroundState()) === 'running');
    await settle(h.sim);
    // The session came from storage: no new sign-in, no new token.
    expect(h.sim.log.filter(isAuthorizeRequest).length, logText(h.sim)).toBe(authorizeBefore);
    expect(h.sim.log.filter(isTokenRequest).length, logText(h.sim)).toBe(tokensBefore);
    await popup.close();
  });

  it('a draft survives the popup closing and the event page stopping', async () => {
    const { popup } = await typeBugDraft(h, SUMMARY, DESCRIPTION);
    // Closed once the pause in typing has written the draft. Closed at once after typing, the draft
    // does not come back in this lane, where the same steps keep it in Chromium: not explained yet.
    await until('the draft written to storage.local', async () => {
      const stored = await popup.raw.evaluate(() => (globalThis as unknown as { browser: Browser }).browser.storage.local.get(null));
      return Object.entries(stored).some(([k, v]) => k.startsWith('draft.') && JSON.stringify(v).includes(SUMMARY));
    }, popup);
    await popup.close();
    await h.stopWorker();

    const again = await openPopup(h);
    const create = panel(again, 'Create');
    await see(create.getByRole('status').filter({ hasText: 'Draft restored' }));
    const restored = create.getByRole('form', { name: 'New issue' });
    await see(restored.getByRole('button', { name: 'Create issue' }));
    expect(await restored.getByRole('textbox', { name: 'Summary' }).inputValue()).toBe(SUMMARY);
    expect(await restored.getByRole('textbox', { name: 'Description' }).inputValue()).toBe(DESCRIPTION);
    expect(await create.getByRole('combobox', { name: 'Project' }).inputValue()).toBe('Big Platform (BIG)');
    await again.close();
  });
});
