// The popup at the size Chrome gives it (at most 800 × 600 px; 380 px wide is ours), in real
// Chromium with the production build against the simulator: the Create button in sight without
// scrolling, a type scale Chrome's extension stylesheet does not shrink, recent projects on a click
// in the Project box, and no WCAG 2.1 AA finding from axe-core, light and dark.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchCaptureClick } from './capture-steps.ts';
import { fillBug } from './create-steps.ts';
import { axeViolations, createButtonPlace, typeReport } from './design-checks.ts';
import { useHarness } from './harness.ts';
import { chooseCreateTarget, chooseTab, openIssue, openPopup, panel, resultKeys, signInToAcme } from './issue-steps.ts';
import { liveWorker, openPage } from './sign-in-steps.ts';
import { click, see, until } from './steps.ts';
import type { UiLocator } from './ui.ts';

const POPUP = { width: 380, height: 600 };

/** Opens "More fields" unless the form already shows it open (it remembers, per project and type). */
async function openMoreFields(form: UiLocator): Promise<void> {
  const more = form.getByRole('button', { name: /^More fields/ });
  await see(more);
  if ((await more.getAttribute('aria-expanded')) !== 'true') await click(more);
  await until('More fields open', async () => (await more.getAttribute('aria-expanded')) === 'true');
}

describe('a popup that fits and reads well', () => {
  const h = useHarness();
  beforeAll(() => signInToAcme(h, 'E2E design'), 60_000);

  async function sizedPopup(): Promise<Page> {
    const popup = await openPopup(h);
    await popup.setViewportSize(POPUP);
    return popup;
  }

  async function expectCreateInSight(popup: Page) {
    const place = await createButtonPlace(popup);
    expect(place.scrollY).toBe(0);
    expect(place.top).toBeGreaterThanOrEqual(0);
    expect(place.bottom).toBeLessThanOrEqual(POPUP.height);
    expect(place.overflowX).toBeLessThanOrEqual(0);
  }

  async function createInSight(popup: Page, form: UiLocator, summary: string) {
    await expectCreateInSight(popup);
    await fillBug(popup, summary);
    await click(form.getByRole('button', { name: 'Create issue' }));
    await see(panel(popup, 'Create').getByRole('heading', { name: /^Created BIG-\d+$/ }));
  }

  it('shows Create without scrolling for a Bug with a required field and with every field open, and creates', async () => {
    const popup = await sizedPopup();
    const form = await chooseCreateTarget(popup, 'BIG', 'Bug');
    const more = form.getByRole('button', { name: /^More fields/ });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await createInSight(popup, form, 'Export fails at 600 px');
    await popup.close();

    // The richest create screen the simulator has: BIG's Bug with its optional fields shown, which
    // the next popup remembers for that project and type.
    const second = await sizedPopup();
    const open = await chooseCreateTarget(second, 'BIG', 'Bug');
    await openMoreFields(open);
    const third = await sizedPopup();
    const rich = await chooseCreateTarget(third, 'BIG', 'Bug');
    await see(rich.getByRole('group', { name: 'Components' }));
    expect(await rich.getByRole('button', { name: /^More fields/ }).getAttribute('aria-expanded')).toBe('true');
    await createInSight(third, rich, 'Export fails with every field at 600 px');
    await third.close();
    await second.close();
  });

  it('lists the projects on a click in the empty Project box, the last used first', async () => {
    const popup = await sizedPopup();
    const box = popup.getByRole('combobox', { name: 'Project' });
    await until('the last used project in the Project box', async () => (await box.inputValue()) === 'Big Platform (BIG)', popup);
    await box.fill('');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await click(box);
    expect(await box.inputValue()).toBe('');
    const names = await panel(popup, 'Create').getByRole('listbox', { name: 'Project' }).getByRole('option').allTextContents();
    expect(names[0]).toBe('Big Platform BIG');
    expect(names.length).toBeGreaterThan(1);
    await popup.close();
  });

  it('sets labels, inputs and tabs at 13 px or more, and no hint larger than its label', async () => {
    const popup = await sizedPopup();
    const form = await chooseCreateTarget(popup, 'BIG', 'Bug');
    await openMoreFields(form);
    await see(form.getByRole('textbox', { name: 'Labels' }));
    const report = await typeReport(popup);
    expect(report.measured).toBeGreaterThan(10);
    expect(report.tooSmall).toEqual([]);
    expect(report.hintsOverLabel).toEqual([]);
    const options = await openPage(h, 'options.html');
    await see(options.getByRole('heading', { name: 'Sign-in profiles' }));
    expect((await typeReport(options)).tooSmall).toEqual([]);
    await options.close();
    await popup.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`leaves axe-core nothing to report on the popup, the capture window and the options page (${scheme})`, async () => {
      const popup = await sizedPopup();
      await popup.emulateMedia({ colorScheme: scheme });
      const form = await chooseCreateTarget(popup, 'BIG', 'Bug');
      await openMoreFields(form);
      await see(form.getByRole('group', { name: 'Components' }));
      expect(await axeViolations(popup)).toEqual([]);
      await chooseTab(popup, 'Find');
      await panel(popup, 'Find').getByRole('textbox', { name: 'JQL' }).fill('project = BIG ORDER BY key ASC');
      await click(panel(popup, 'Find').getByRole('button', { name: 'Search', exact: true }));
      expect((await resultKeys(popup)).length).toBeGreaterThan(0);
      expect(await axeViolations(popup)).toEqual([]);
      await openIssue(popup, 'BIG-1');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();

      const options = await openPage(h, 'options.html');
      await options.emulateMedia({ colorScheme: scheme });
      await see(options.getByRole('heading', { name: 'Sign-in profiles' }));
      expect(await axeViolations(options)).toEqual([]);
      await options.close();

      const win = await dispatchCaptureClick(h, await liveWorker(h), {
        url: 'https://example.com/notes', title: 'Release notes', text: 'Login fails on Safari when the session cookie is stale.',
      });
      await win.emulateMedia({ colorScheme: scheme });
      await see(win.getByRole('textbox', { name: 'Summary' }));
      expect(await axeViolations(win)).toEqual([]);
      await win.close();
    });
  }
});
