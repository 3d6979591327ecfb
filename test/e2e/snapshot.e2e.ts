// The popup's first frame in real Chromium against the simulator (lib/storage/first-frame.ts): it
// never outlives the sign-in, profile or site it shows, and a stale one is corrected by the
// worker's answer without losing what the user typed meanwhile.
import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AuthState } from '../../lib/messaging/views.ts';
import type { FirstFrame } from '../../lib/storage/first-frame.ts';
import { dispatchCaptureClick, summaryBox } from './capture-steps.ts';
import { createBug } from './create-steps.ts';
import { useHarness } from './harness.ts';
import { acme, openPopup, panel } from './issue-steps.ts';
import {
  connectionPanel,
  createProfileOnOptionsPage,
  firstUserName,
  liveWorker,
  openPage,
  profileRadio,
  readArea,
  sessionLine,
  signInWithNewProfile,
} from './sign-in-steps.ts';
import { click, see, step, STEP_MS } from './steps.ts';

const FRAME_KEY = 'firstFrame.v1';

describe('the popup first frame', () => {
  const h = useHarness();

  async function storedFrame(): Promise<FirstFrame | undefined> {
    return (await readArea(await liveWorker(h), 'session'))[FRAME_KEY] as FirstFrame | undefined;
  }

  it('is gone after sign-out and after switching profile; the next popup never shows the other sign-in', async () => {
    const options = await signInWithNewProfile(h, 'Frame A', 'Acme');
    const popup = await openPopup(h);
    await see(panel(popup, 'Create').getByRole('combobox', { name: 'Project' }));
    await popup.close();
    expect((await storedFrame())?.session.profileName).toBe('Frame A');

    // A new profile is selected as it is saved: the frame of Frame A goes.
    await createProfileOnOptionsPage(options, { name: 'Frame B' });
    await see(profileRadio(options, 'Frame B', 'Not connected'));
    expect(await storedFrame()).toBeUndefined();
    const other = await openPage(h, 'popup.html');
    await see(other.getByRole('heading', { name: 'Not connected to Jira' }));
    await expect(sessionLine(other, firstUserName(h.sim), 'Acme').count()).resolves.toBe(0);
    await other.close();

    // Back to Frame A: a popup writes its frame again; signing out removes it.
    await click(profileRadio(options, 'Frame A', 'Connected'));
    await (await openPopup(h)).close();
    expect((await storedFrame())?.session.profileName).toBe('Frame A');
    await click(connectionPanel(options).getByRole('button', { name: 'Sign out' }));
    await see(profileRadio(options, 'Frame A', 'Not connected'));
    expect(await storedFrame()).toBeUndefined();
    const after = await openPage(h, 'popup.html');
    await see(after.getByRole('heading', { name: 'Not connected to Jira' }));
    await after.close();
    await options.close();
  });

  /** Signed in with a new profile and a first create on BIG / Bug made; then the stored frame
   *  rewritten to say that screen has no Severity, the worker's cache of the screen gone, and
   *  Jira's answer to it 2 s late: what a page shows before then can only be from the frame. */
  async function staleFrameWithSlowFields(profile: string): Promise<void> {
    const options = await signInWithNewProfile(h, profile, 'Acme');
    await options.close();
    const first = await openPopup(h);
    await createBug(first, 'First frame warm-up');
    await first.close();
    const worker: Worker = await liveWorker(h);
    const frame = await storedFrame();
    const fields = frame?.create?.fields;
    if (!frame?.create || !fields) throw new Error(`no Create part in the first frame: ${JSON.stringify(frame)}`);
    const stale: FirstFrame = {
      ...frame,
      create: { ...frame.create, fields: { ...fields, fields: fields.fields.filter((f) => f.name !== 'Severity') } },
    };
    const cacheKey = `cache.${acme(h.sim).site.id}.fields.BIG.${fields.issueTypeId}`;
    await worker.evaluate(
      async ([key, value, cached]) => {
        const storage = (globalThis as unknown as { chrome: { storage: Record<string, { set(v: object): Promise<void>; remove(k: string): Promise<void> }> } }).chrome.storage;
        await storage.session!.set({ [key]: value });
        await storage.local!.remove(cached);
      },
      [FRAME_KEY, stale, cacheKey] as const,
    );
    h.sim.faults.next(1, { kind: 'delay', ms: 2_000 }, { host: 'api.atlassian.com', method: 'GET', pathIncludes: '/issue/createmeta/BIG/issuetypes/' });
  }

  it('a stale frame is corrected by the worker, and the summary typed meanwhile stays', async () => {
    await staleFrameWithSlowFields('Frame C');

    const popup = await openPopup(h);
    const form = panel(popup, 'Create').getByRole('form', { name: 'New issue' });
    const summary = form.getByRole('textbox', { name: 'Summary' });
    await step('typing the summary over the stale form', popup, () => summary.fill('Typed over a stale frame', { timeout: STEP_MS }));
    await expect(form.getByRole('combobox', { name: 'Severity' }).count()).resolves.toBe(0);

    await see(form.getByRole('combobox', { name: 'Severity' }));
    await expect(summary.inputValue()).resolves.toBe('Typed over a stale frame');
    expect((await storedFrame())?.create?.fields?.fields.map((f) => f.name)).toContain('Severity');
    await popup.close();
  });

  it('the capture window starts its Create form from the frame, prefilled, and takes the correction without losing an edit', async () => {
    await staleFrameWithSlowFields('Frame E');

    const tab = await h.context.newPage();
    await tab.bringToFront();
    const win = await dispatchCaptureClick(h, await liveWorker(h), { url: 'https://example.com/notes', title: 'Notes', text: 'Checkout fails on Safari' });
    await tab.close();
    // The last used project and type, the frame's screen (no Severity) and the template's text,
    // while Jira's screen is still on its way.
    await see(summaryBox(win));
    await expect(win.getByRole('combobox', { name: 'Project' }).inputValue()).resolves.toBe('Big Platform (BIG)');
    await expect(win.getByRole('combobox', { name: 'Issue type' }).inputValue()).resolves.not.toBe('');
    await expect(summaryBox(win).inputValue()).resolves.toBe('Checkout fails on Safari');
    await expect(win.getByRole('combobox', { name: 'Severity' }).count()).resolves.toBe(0);
    await step('editing the summary over the stale form', win, () => summaryBox(win).fill('Checkout fails on Safari 18', { timeout: STEP_MS }));

    await see(win.getByRole('combobox', { name: 'Severity' }));
    await expect(summaryBox(win).inputValue()).resolves.toBe('Checkout fails on Safari 18');
    await win.close();
  });
});

describe('the options page first frame', () => {
  const h = useHarness();
  const OPTIONS_KEY = 'optionsFrame.v1';
  const storedOptionsFrame = async () => (await readArea(await liveWorker(h), 'session'))[OPTIONS_KEY] as { auth: AuthState } | undefined;

  it('paints the profile list from the frame before the worker answers, and is gone after sign-out', async () => {
    const options = await signInWithNewProfile(h, 'Frame D', 'Acme');
    const frame = await storedOptionsFrame();
    const id = frame?.auth.selectedProfileId;
    if (!frame || !id) throw new Error(`no options frame after connecting: ${JSON.stringify(frame)}`);
    expect(frame.auth.connections[id]?.status).toBe('connected');

    // A frame saying something the worker will not: what the page shows first can only be from it.
    const stale = { auth: { ...frame.auth, connections: { ...frame.auth.connections, [id]: { status: 'reconnect_needed' } } } };
    await (await liveWorker(h)).evaluate(
      ([key, value]) => (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session.set({ [key]: value }),
      [OPTIONS_KEY, stale] as const,
    );
    // With the worker stopped (as Chrome does after 30 s idle), its answer comes after its start,
    // and the frame is the page's only source before that: a running worker could answer, and
    // rewrite the frame, before the page has read it.
    await h.stopWorker();
    const page = await h.context.newPage();
    // Every text the profile list shows, from the page's first render on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        for (const label of document.querySelectorAll('label.choice')) seen.push(label.textContent ?? '');
        if (document.querySelector('[role="status"]')?.textContent?.includes('Loading your sign-in profiles')) seen.push('loading');
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await see(profileRadio(page, 'Frame D', 'Connected'));
    const seen = await page.evaluate(() => (globalThis as unknown as { seen: string[] }).seen);
    expect(seen.find((text) => text.startsWith('Frame D'))).toBe('Frame D — Reconnect needed');
    expect(seen).not.toContain('loading');
    await page.close();

    await click(connectionPanel(options).getByRole('button', { name: 'Sign out' }));
    await see(profileRadio(options, 'Frame D', 'Not connected'));
    expect(await storedOptionsFrame()).toBeUndefined();
    const after = await openPage(h, 'options.html');
    await see(profileRadio(after, 'Frame D', 'Not connected'));
    await after.close();
    await options.close();
  });
});
