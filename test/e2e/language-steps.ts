// Steps for the pages in another language than English (languages.e2e.ts): every name is read from
// public/_locales/<lang>/messages.json by its key, the way the browser's i18n fills it in.
import type { Page } from 'playwright-core';
import { readLocales, translator } from '../lib/i18n/locale-check.ts';
import { DEMO_CLIENT } from '../sim/seed/clients.ts';
import type { Harness } from './harness.ts';
import { connectThroughConsent, firstUserName } from './sign-in-steps.ts';
import { click, see, step, STEP_MS } from './steps.ts';

export type Say = (key: string, ...substitutions: string[]) => string;

/** getMessage over one language's messages; a key that language lacks is an error, not ''. */
export function sayIn(lang: string): Say {
  const messages = readLocales()[lang];
  if (!messages) throw new Error(`no public/_locales/${lang}`);
  const say = translator(messages);
  return (key, ...substitutions) => {
    const text = say(key, substitutions);
    if (!text) throw new Error(`public/_locales/${lang}/messages.json has no "${key}"`);
    return text;
  };
}

/** Options page in that language → a new profile with the simulator's demo client → Connect now →
 *  Accept on the consent page → the Acme site. Returns the options page, still open. */
export async function signInOnOptionsPage(h: Harness, say: Say, name: string): Promise<Page> {
  const options = await step('opening options.html', undefined, () => h.openPage('options.html'));
  options.setDefaultTimeout(STEP_MS);
  await see(options.getByRole('heading', { name: say('optionsProfilesTitle') }));
  // With no profile yet, the page opens the new profile's form by itself.
  await see(options.getByRole('heading', { name: say('profileNew') }));
  await options.getByLabel(say('profileName'), { exact: true }).fill(name);
  await options.getByLabel(say('profileClientId'), { exact: true }).fill(DEMO_CLIENT.clientId);
  await options.getByLabel(say('profileClientSecret'), { exact: true }).fill(DEMO_CLIENT.clientSecret);
  await click(options.getByRole('button', { name: say('profileSave'), exact: true }));
  await see(options.getByText(say('optionsProfileSaved', name)));
  await connectThroughConsent(h.context, options.getByRole('button', { name: say('optionsConnectNow') }), 'Accept');
  const sites = options.getByRole('radiogroup', { name: say('optionsJiraSite') });
  await click(sites.getByRole('radio', { name: /^Acme / }));
  await see(options.getByText(say('optionsSignedInAs', firstUserName(h.sim))));
  return options;
}

/**
 * Controls whose text does not fit: a button, link, label, legend, tab, option or heading whose
 * content is wider than its box (scrollWidth > clientWidth: cut off or spilling out), or anything
 * that reaches past the window's right or left edge. Each as "<tag> “<text>”: why".
 */
export function clippedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 60)}”`;
    const selector = 'button, a[href], label, legend, summary, [role="tab"], [role="option"], [role="radio"], h1, h2, h3, h4';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || el.closest('[hidden], .visually-hidden')) continue;
      // Inline boxes have no clientWidth; their lines wrap inside the block that holds them.
      const inline = getComputedStyle(el).display === 'inline';
      if (!inline && el.scrollWidth > el.clientWidth + 1) found.push(`${describe(el)}: text ${el.scrollWidth} px wide in ${el.clientWidth} px`);
      if (box.right > innerWidth + 1 || box.left < -1) found.push(`${describe(el)}: reaches ${Math.round(box.left)}–${Math.round(box.right)} px of ${innerWidth}`);
    }
    const wide = document.documentElement.scrollWidth - innerWidth;
    if (wide > 0) found.push(`the page scrolls sideways by ${wide} px`);
    return found;
  });
}
