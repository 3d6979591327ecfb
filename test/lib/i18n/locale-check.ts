// The key-parity check for public/_locales, and a translator that works like the browser's
// getMessage on those files, for lib/ under test.
// https://developer.chrome.com/docs/extensions/reference/api/i18n#message-files
// https://developer.chrome.com/docs/extensions/reference/api/i18n#method-getMessage
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, Message>;

const LOCALES_DIR = join(import.meta.dirname, '../../../public/_locales');

/** Every locale's messages.json, by its folder name. */
export function readLocales(): Record<string, Messages> {
  const locales: Record<string, Messages> = {};
  for (const lang of readdirSync(LOCALES_DIR)) {
    locales[lang] = JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Messages;
  }
  return locales;
}

/** `$NAME$` references in a message, upper-cased (the browser matches them in any case). */
const referenced = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toUpperCase()).sort();
const declared = (entry: Message) =>
  Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toUpperCase()}=${p.content}`)
    .sort();

/**
 * What is wrong with the locales, one line per problem; empty when every locale has exactly the
 * keys `defaultLocale` has, each key in `used` exists there, and every message declares and uses
 * the same placeholders as the default one.
 */
export function localeProblems(locales: Record<string, Messages>, used: readonly string[], defaultLocale = 'en'): string[] {
  const base = locales[defaultLocale];
  if (!base) return [`no ${defaultLocale} locale`];
  const problems: string[] = [];
  for (const key of used) if (!(key in base)) problems.push(`${key}: used in code, missing in ${defaultLocale}`);
  for (const [lang, messages] of Object.entries(locales)) {
    for (const key of Object.keys(base)) if (!(key in messages)) problems.push(`${key}: missing in ${lang}`);
    for (const [key, entry] of Object.entries(messages)) {
      const want = base[key];
      if (!want) {
        problems.push(`${key}: in ${lang} but not in ${defaultLocale}`);
        continue;
      }
      if (declared(entry).join() !== declared(want).join()) problems.push(`${key}: placeholders in ${lang} differ from ${defaultLocale}`);
      const uses = referenced(entry.message);
      if (uses.join() !== referenced(want.message).join() || uses.some((name) => !declared(entry).some((d) => d.startsWith(`${name}=`)))) {
        problems.push(`${key}: ${lang}'s message uses other placeholders than ${defaultLocale}'s`);
      }
    }
  }
  return problems;
}

/** getMessage over one locale's messages: $NAME$ → the placeholder's content → $1…$9. */
export function translator(messages: Messages) {
  return (key: string, substitutions: string[] = []): string => {
    const entry = messages[key];
    if (!entry) return '';
    const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = Object.entries(entry.placeholders ?? {}).find(([p]) => p.toUpperCase() === name.toUpperCase());
      return placeholder ? fill(placeholder[1].content) : whole;
    });
  };
}

/** English, as the browser shows it where it has no other of our languages. */
export const english = () => translator(readLocales().en!);
