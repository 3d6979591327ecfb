// The manifest lets the worker reach Atlassian's auth server; a token endpoint anywhere else needs
// its origin granted at run time, and the browser asks only from inside a click or submit.
import { DEFAULT_TOKEN_URL } from './defaults.ts';
import { uiLanguage } from '../../lib/i18n/page-text.ts';

const GRANTED_HOST = 'auth.atlassian.com';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** The token endpoints (blank means Atlassian's) that are not on auth.atlassian.com. URLs the
 *  worker will reject anyway (unparseable, not https) are left for its per-field message. */
export function urlsNeedingPermission(typed: readonly string[]): string[] {
  const urls: string[] = [];
  for (const text of typed) {
    let url: URL;
    try {
      url = new URL(text.trim() || DEFAULT_TOKEN_URL);
    } catch {
      continue;
    }
    const usable = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
    if (!usable || (url.protocol === 'https:' && url.hostname === GRANTED_HOST)) continue;
    urls.push(url.href);
  }
  return [...new Set(urls)];
}

/** "https://a.example" or "https://a.example and https://b.example" (in the browser's language),
 *  for the refusal message. */
export function originsText(urls: readonly string[]): string {
  const origins = [...new Set(urls.map((url) => new URL(url).origin))];
  return new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(origins);
}
