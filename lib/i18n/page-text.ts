// The pages' words, in the browser's language: public/_locales/<lang>/messages.json through the
// browser's own i18n (English where the browser's language is not one of ours). getMessage is
// synchronous in extension pages, so the first render is already in the right language.
// https://developer.chrome.com/docs/extensions/reference/api/i18n#method-getMessage
// https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/i18n/getMessage
import { browser } from 'wxt/browser';
import type english from '../../public/_locales/en/messages.json';

/** A key of the English messages, which every locale has (test/lib/i18n/locales.test.ts). */
export type TextKey = keyof typeof english;

/** Keys with plural forms end in `_one`, `_other` (and `_zero`… where a language needs them). */
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;
export type PluralKey = PluralBase<TextKey>;

type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** The message for `key`, `$1…$9` filled from `substitutions`. */
export function t(key: TextKey, ...substitutions: (string | number)[]): string {
  const text = (browser.i18n.getMessage as GetMessage)(key, substitutions.map(String));
  // An empty answer means the key is missing from every locale: show the key, not nothing.
  return text || key;
}

/** The browser's language, for Intl (plurals, dates, numbers). */
export const uiLanguage = (): string => browser.i18n.getUILanguage();

let plurals: Intl.PluralRules | undefined;

/** The plural form of `key` that fits `count` in the browser's language, `count` as `$1`.
 *  https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/PluralRules */
export function tn(key: PluralKey, count: number, ...more: (string | number)[]): string {
  plurals ??= new Intl.PluralRules(uiLanguage());
  const form = plurals.select(count);
  const exact = (browser.i18n.getMessage as GetMessage)(`${key}_${form}`, [String(count), ...more.map(String)]);
  return exact || t(`${key}_other` as TextKey, count, ...more);
}
