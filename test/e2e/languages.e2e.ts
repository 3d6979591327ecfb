// The extension in German and Japanese, in a Chromium whose own language is that one: the worker's
// context-menu titles, the options page's headings, labels and buttons, and the popup's tabs, each
// read from public/_locales/<lang>/messages.json by key. German, the longest of the three, is also
// checked for text that does not fit: on the options page, in the capture window, and in the popup
// at its 380 px width.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { dispatchCaptureClick, wakeWorkerFrom } from './capture-steps.ts';
import { clippedControls, sayIn, signInOnOptionsPage } from './language-steps.ts';
import { click, see, until } from './steps.ts';

const POPUP = { width: 380, height: 600 };

interface I18n {
  getUILanguage(): string;
  getMessage(key: string): string;
}

for (const lang of ['de', 'ja']) describe(`in a browser set to ${lang}`, () => {
  const h = useHarness({}, { language: lang });
  const say = sayIn(lang);
  const profile = lang === 'de' ? 'Mein Team' : 'チーム';
  let options: Page;
  beforeAll(async () => {
    options = await signInOnOptionsPage(h, say, profile);
  }, 60_000);
  afterAll(() => options?.close());

  /** BIG / Bug chosen by the pickers' localized labels (the type's name is Jira's own), up to the
   *  form's Create button. */
  async function chooseBug(popup: Page) {
    const project = popup.getByRole('combobox', { name: say('createProject'), exact: true });
    await see(project);
    await project.fill('BIG');
    await click(popup.getByRole('option', { name: / BIG$/ }));
    await popup.getByRole('combobox', { name: say('createIssueType'), exact: true }).selectOption({ label: 'Bug' });
    const form = popup.getByRole('form', { name: say('createFormName'), exact: true });
    await see(form.getByRole('button', { name: say('createSubmit'), exact: true }));
  }

  it('the worker speaks it: its language and its context-menu titles', async () => {
    const seen = await h.worker.evaluate(() => {
      const { i18n } = (globalThis as unknown as { chrome: { i18n: I18n } }).chrome;
      return { language: i18n.getUILanguage(), selection: i18n.getMessage('menuFromSelection'), page: i18n.getMessage('menuFromPage') };
    });
    expect(seen).toEqual({ language: lang, selection: say('menuFromSelection'), page: say('menuFromPage') });
    expect(seen.selection).not.toBe(sayIn('en')('menuFromSelection'));
  });

  it('the options page: its title, headings, profile and site choices, and buttons', async () => {
    expect(await options.title()).toBe(say('optionsTitle'));
    expect(await options.evaluate(() => document.documentElement.lang)).toBe(lang);
    for (const key of ['optionsTitle', 'optionsProfilesTitle', 'optionsConnectionTitle', 'optionsSiteTitle', 'templateTitle']) {
      await see(options.getByRole('heading', { name: say(key), exact: true }));
    }
    const profiles = options.getByRole('radiogroup', { name: say('profileListLegend') });
    await see(profiles.getByRole('radio', { name: `${profile} — ${say('profileConnected')}` }));
    await see(options.getByRole('radiogroup', { name: say('optionsJiraSite') }).getByRole('radio', { name: /^Acme / }));
    for (const key of ['profileNew', 'optionsEdit', 'optionsSignOut', 'templateAdd']) {
      await see(options.getByRole('button', { name: say(key), exact: true }));
    }
    // The default template keeps its name (lib/capture/template.ts); its buttons speak the language.
    const templates = options.getByRole('list', { name: say('templateTitle') });
    await see(templates.getByRole('button', { name: say('templateEditLabel', 'Quote the selection') }));
  });

  it('the profile form and the template editor: their labels and buttons', async () => {
    await click(options.getByRole('button', { name: say('optionsEdit'), exact: true }));
    const form = options.getByRole('form', { name: say('profileEditTitle', profile) });
    for (const key of ['profileName', 'profileClientId', 'profileTokenUrl', 'profileScopes', 'optionsCallbackUrl']) {
      await see(form.getByRole('textbox', { name: say(key), exact: true }));
    }
    await see(form.getByRole('link', { name: say('profileIntroLink') }));
    await click(form.getByRole('button', { name: say('optionsCancel') }));

    await click(options.getByRole('button', { name: say('templateAdd') }));
    const editor = options.getByRole('form', { name: say('templateNew') });
    await see(editor.getByRole('textbox', { name: say('templateName'), exact: true }));
    await see(editor.getByRole('combobox', { name: say('templateSummary'), exact: true }));
    await see(editor.getByRole('heading', { name: say('templatePreview') }));
    await click(editor.getByRole('button', { name: say('optionsCancel') }));
  });

  it('the capture window: its title, what was captured, and the template choice', async () => {
    const source = { url: 'https://example.com/checkout', title: 'Checkout', text: 'Pay charges twice' };
    const win = await dispatchCaptureClick(h, await wakeWorkerFrom(h, options), source);
    await see(win.getByRole('heading', { name: say('captureTitle') }));
    expect(await win.title()).toBe(say('pageCaptureTitle'));
    await see(win.getByText(say('captureFrom', source.title)));
    await see(win.getByRole('combobox', { name: say('captureTemplate'), exact: true }));
    if (lang === 'de') expect(await clippedControls(win)).toEqual([]);
    await win.close();
  });

  // German's words are the longest of the three: if they fit, the others do.
  if (lang === 'de') it('no text on the options page is cut off or spills out, with the profile form and template editor open', async () => {
    expect(await clippedControls(options)).toEqual([]);
    await click(options.getByRole('button', { name: say('optionsEdit'), exact: true }));
    await click(options.getByRole('button', { name: say('templateAdd') }));
    await see(options.getByRole('form', { name: say('templateNew') }));
    expect(await clippedControls(options)).toEqual([]);
    // As narrow as a browser window beside another one.
    await options.setViewportSize({ width: 640, height: 800 });
    expect(await clippedControls(options)).toEqual([]);
  });

  // Runs before the popup's overflow check, which then sees the Create form with BIG / Bug's fields.
  it('the popup: its tabs and its Create button', async () => {
    const popup = await h.openPage('popup.html');
    for (const key of ['tabCreate', 'tabFind', 'tabOpen', 'activityTab']) await see(popup.getByRole('tab', { name: say(key), exact: true }));
    await chooseBug(popup);
    await popup.close();
  });

  if (lang === 'de') it('no text in the popup is cut off or spills out at 380 px, on each tab', async () => {
    const popup = await h.openPage('popup.html');
    await popup.setViewportSize(POPUP);
    const tabs = popup.getByRole('tab');
    await until('the popup shows its tabs', async () => (await tabs.count()) >= 3, popup);
    // The Create form is measured with a Bug's fields in it.
    await chooseBug(popup);
    for (let i = 0; i < (await tabs.count()); i += 1) {
      await click(tabs.nth(i));
      await until(`tab ${i + 1} selected`, async () => (await tabs.nth(i).getAttribute('aria-selected')) === 'true', popup);
      expect(await clippedControls(popup), `tab ${i + 1}`).toEqual([]);
    }
    await popup.close();
  });
});
