// The `jira` keyword in the address bar: suggestions from Jira's issue picker while typing, and
// Enter to open an issue or search for the words. Typing fires an event per keystroke, so a
// request goes out only after a pause (DEBOUNCE_MS), an answer to older text is dropped, and after
// a 429 nothing is asked until Jira's Retry-After has passed.
// https://developer.chrome.com/docs/extensions/reference/api/omnibox
import * as z from 'zod/mini';
import { asCodedError } from '../errors.ts';
import type { Translate } from '../i18n/translate.ts';
import { browseUrl } from '../jira/issue-key.ts';
import type { PickedIssue } from '../jira/issue-picker.ts';
import {
  describe,
  findPagePath,
  issueSuggestions,
  MIN_QUERY_LENGTH,
  omniboxTarget,
  type DescriptionFormat,
  type Suggestion,
} from '../omnibox/suggestions.ts';

export const DEBOUNCE_MS = 250;
/** A private-use character: never in a message or in what sayAround highlights. */
const MARK = '\uE000';
/** What the address bar hands over; anything else reads as nothing typed. */
const inputSchema = z.string().check(z.maxLength(2000));
const textOf = (raw: unknown): string => {
  const parsed = inputSchema.safeParse(raw);
  return parsed.success ? parsed.data.trim() : '';
};
/** How long to stay quiet after a 429 that names no wait. */
export const DEFAULT_QUIET_MS = 30_000;

export interface OmniboxDeps {
  format: DescriptionFormat;
  t: Translate;
  /** The selected profile's chosen site; null when none is chosen yet. Throws not_connected or
   *  reconnect_needed. Costs no request when the worker knows the sites. */
  site(): Promise<{ id: string; url: string } | null>;
  /** Jira's issue picker on the site, sent once (a suggestion is not worth waiting out a 429). */
  pick(siteId: string, query: string): Promise<PickedIssue[]>;
  setDefault(description: string): void;
  /** Opens `url` as Enter's disposition asks (tabs.update or tabs.create). */
  open(url: string, disposition: unknown): Promise<void>;
  /** runtime.getURL. */
  pageUrl(path: string): string;
  now(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

export function createOmnibox(deps: OmniboxDeps) {
  const say = (...parts: Parameters<typeof describe>[1]) => deps.setDefault(describe(deps.format, parts));
  // A message with one highlighted part ($1): translated around a marker that no text contains, then
  // split there, so each language puts the part where its word order wants it.
  const sayAround = (key: string, text: string) => {
    const [before = '', after = ''] = deps.t(key, [MARK]).split(MARK);
    say(before, { style: 'match', text }, after);
  };
  let timer: unknown;
  let generation = 0;
  let quietUntil = 0;

  const explain = (error: unknown): void => {
    const coded = asCodedError(error);
    if (coded.code === 'not_connected' || coded.code === 'reconnect_needed') {
      say(deps.t('omniboxConnectFirst'));
    } else if (coded.code === 'rate_limited') {
      quietUntil = deps.now() + (coded.details.retryAfterMs ?? DEFAULT_QUIET_MS);
      say(deps.t('omniboxSlowDown'));
    } else {
      // Worded by code, like the pages do (lib/i18n/error-text.ts): `message` is English, for logs.
      say(deps.t('omniboxNoSuggestions', [deps.t(`error_${coded.code}`)]));
    }
  };

  const suggestFor = async (text: string, mine: number, suggest: (results: Suggestion[]) => void) => {
    try {
      const site = await deps.site();
      if (mine !== generation) return;
      if (!site) {
        say(deps.t('omniboxChooseSite'));
        return;
      }
      const issues = await deps.pick(site.id, text);
      if (mine !== generation) return;
      suggest(issueSuggestions(issues, deps.format));
    } catch (error) {
      if (mine === generation) explain(error);
    }
  };

  return {
    inputChanged(raw: unknown, suggest: (results: Suggestion[]) => void): void {
      generation += 1;
      const mine = generation;
      deps.clearTimer(timer);
      const text = textOf(raw);
      const target = omniboxTarget(text);
      if (target.kind === 'issue') sayAround('omniboxOpenIssue', target.key);
      else if (target.kind === 'find') sayAround('omniboxSearch', text);
      else say(deps.t('omniboxHint'));
      if (text.length < MIN_QUERY_LENGTH) {
        suggest([]);
        return;
      }
      if (deps.now() < quietUntil) {
        suggest([]);
        say(deps.t('omniboxSlowDown'));
        return;
      }
      timer = deps.setTimer(() => void suggestFor(text, mine, suggest), DEBOUNCE_MS);
    },

    inputCancelled(): void {
      generation += 1;
      deps.clearTimer(timer);
    },

    async inputEntered(raw: unknown, disposition: unknown): Promise<void> {
      generation += 1;
      deps.clearTimer(timer);
      const target = omniboxTarget(textOf(raw));
      if (target.kind === 'find') return deps.open(deps.pageUrl(findPagePath(target.text)), disposition);
      if (target.kind === 'popup') return deps.open(deps.pageUrl('/popup.html'), disposition);
      let url: string | undefined;
      try {
        const site = await deps.site();
        // browseUrl refuses anything but an https site address.
        if (site) url = browseUrl(site.url, target.key);
      } catch {
        url = undefined;
      }
      // Not connected, no site chosen, or a site address we will not open: the popup says what to do.
      await deps.open(url ?? deps.pageUrl('/popup.html'), disposition);
    },
  };
}

export type Omnibox = ReturnType<typeof createOmnibox>;
