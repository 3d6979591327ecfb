// The pages' words, in the browser's language: public/_locales/<lang>/messages.json through the
// browser's own i18n (English where the browser's language is not one of ours). getMessage is
// synchronous in extension pages, so the first render is already in the right language.
// https://developer.chrome.com/docs/extensions/reference/api/i18n#method-getMessage
// https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/i18n/getMessage
//
// Reached without wxt/browser: that is webextension-polyfill in this build, about 3 KB gzipped
// more for the popup, over its budget (README "Performance"), for two synchronous calls that every
// supported browser has as they are. The same choice as wxt/browser and entrypoints/popup/runtime.ts:
// Firefox's `browser`, else `chrome`.
import type english from '../../public/_locales/en/messages.json';

/** A key of the English messages, which every locale has (test/lib/i18n/locales.test.ts). */
export type TextKey = keyof typeof english;

/** Keys with plural forms end in `_one`, `_other` (and `_zero`… where a language needs them). */
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;
export type PluralKey = PluralBase<TextKey>;

type GetMessage = (key: string, substitutions?: string | string[]) => string;
type I18n = { getMessage: GetMessage; getUILanguage(): string };
type Namespace = { runtime?: { id?: string }; i18n: I18n } | undefined;

const i18n = (): I18n => {
  const scope = globalThis as unknown as { browser?: Namespace; chrome?: Namespace };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome)!.i18n;
};

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
