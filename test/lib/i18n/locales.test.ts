// Every language has every text, and every text the code asks for exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../lib/errors.ts';
import { english, localeProblems, readLocales, type Messages } from './locale-check.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

const sources = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => readFileSync(join(ROOT, dir, file), 'utf8'));

/** Keys the code names: t('key'), tn('key', n) (its plural forms key_one, key_other…),
 *  sayAround('key', …), titleKey: 'key', __MSG_key__ in the manifest, and error_<code>. */
function usedKeys(): string[] {
  const code = [...sources('lib'), ...sources('entrypoints'), ...sources('components')].join('\n');
  const english = Object.keys(readLocales().en!);
  const manifest = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
  const keys = [
    ...[...code.matchAll(/\b(?:t|sayAround)\(\s*'(\w+)'/g)].map((m) => m[1]!),
    ...[...code.matchAll(/\btn\(\s*'(\w+)'/g)].flatMap((m) => english.filter((key) => key.startsWith(`${m[1]!}_`))),
    ...[...code.matchAll(/\btitleKey: '(\w+)'/g)].map((m) => m[1]!),
    ...[...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!),
    // errorText asks for error_<code> of every code (lib/i18n/error-text.ts).
    ...ERROR_CODES.map((code) => `error_${code}`),
  ];
  return [...new Set(keys)];
}

const message = (text: string, placeholder?: string): Messages[string] =>
  placeholder ? { message: text, placeholders: { [placeholder.toLowerCase()]: { content: '$1' } } } : { message: text };

describe('locales', () => {
  it('English, German and Japanese, each with exactly the keys English has and the same placeholders', () => {
    const locales = readLocales();
    expect(Object.keys(locales).sort()).toEqual(['de', 'en', 'ja']);
    expect(localeProblems(locales, usedKeys())).toEqual([]);
  });

  it('every English text is used by the code or the manifest', () => {
    expect(Object.keys(readLocales().en!).sort()).toEqual(usedKeys().sort());
  });

  it('the check names a key missing in one locale, an unknown key, a key the code uses but English lacks, and other placeholders', () => {
    const en = { open: message('Open $KEY$', 'KEY'), hint: message('Type a key') };
    expect(localeProblems({ en, de: { open: message('$KEY$ öffnen', 'KEY') } }, [])).toEqual(['hint: missing in de']);
    expect(localeProblems({ en, de: { ...en, extra: message('Mehr') } }, [])).toEqual(['extra: in de but not in en']);
    expect(localeProblems({ en }, ['open', 'close'])).toEqual(['close: used in code, missing in en']);
    expect(localeProblems({ en, ja: { hint: en.hint, open: message('開く') } }, [])).toEqual([
      'open: placeholders in ja differ from en',
      "open: ja's message uses other placeholders than en's",
    ]);
    expect(localeProblems({ en, de: { hint: en.hint, open: message('$WORDS$ öffnen', 'KEY') } }, [])).toEqual([
      "open: de's message uses other placeholders than en's",
    ]);
    expect(localeProblems({ en, de: { hint: message('Schlüssel eingeben'), open: message('$key$ öffnen', 'KEY') } }, [])).toEqual([]);
  });

  it('fills placeholders the way the browser does', () => {
    expect(english()('omniboxOpenIssue', ['ABC-1'])).toBe('Open ABC-1 in Jira');
  });
});
