// The pages' words, in the browser's language: public/_locales/<lang>/messages.json through the
// browser's own i18n (English where the browser's language is not one of ours). getMessage is
// synchronous in extension pages, so the first render is already in the right language.
// https://developer.chrome.com/docs/extensions/reference/api/i18n#method-getMessage
// https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/i18n/getMessage
// The i18n namespace is the page's own `chrome.i18n`, not `wxt/browser`'s: that resolves to
// webextension-polyfill, which the popup leaves out of its first load (entrypoints/popup/runtime.ts)
// and which changes nothing for i18n, whose getMessage and getUILanguage are synchronous. Firefox
// has the `chrome` namespace too.
// https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/Chrome_incompatibilities
import type english from '../../public/_locales/en/messages.json';

/** A key of the English messages, which every locale has (test/lib/i18n/locales.test.ts). */
export type TextKey = keyof typeof english;

/** Keys with plural forms end in `_one`, `_other` (and `_zero`… where a language needs them). */
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;
export type PluralKey = PluralBase<TextKey>;

interface I18n {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

const i18n = (): I18n => (globalThis as unknown as { chrome: { i18n: I18n } }).chrome.i18n;

/** The message for `key`, `$1…$9` filled from `substitutions`. */
export function t(key: TextKey, ...substitutions: (string | number)[]): string {
  const text = i18n().getMessage(key, substitutions.map(String));
  // An empty answer means the key is missing from every locale: show the key, not nothing.
  return text || key;
}

/** The browser's language, for Intl (plurals, dates, numbers). */
export const uiLanguage = (): string => i18n().getUILanguage();

let plurals: Intl.PluralRules | undefined;

/** The plural form of `key` that fits `count` in the browser's language, `count` as `$1`.
 *  https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/PluralRules */
export function tn(key: PluralKey, count: number, ...more: (string | number)[]): string {
  plurals ??= new Intl.PluralRules(uiLanguage());
  const form = plurals.select(count);
  const exact = i18n().getMessage(`${key}_${form}`, [String(count), ...more.map(String)]);
  return exact || t(`${key}_other` as TextKey, count, ...more);
}
