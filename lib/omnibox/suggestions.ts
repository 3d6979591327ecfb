// The address bar keyword `jira`: what a typed text means, and how suggestions are written.
// Chrome reads a suggestion's description as XML (with <match>, <dim> and <url> styles), so text
// from Jira or the user is escaped there; Firefox shows the description as plain text and would
// show the entities literally.
// https://developer.chrome.com/docs/extensions/reference/api/omnibox#type-SuggestResult
// https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/omnibox/SuggestResult
import * as z from 'zod/mini';
import { parseIssueReference } from '../jira/issue-key.ts';
import type { PickedIssue } from '../jira/issue-picker.ts';

export const MAX_SUGGESTIONS = 5;
/** Fewer characters than this ask Jira nothing: one letter matches everything. */
export const MIN_QUERY_LENGTH = 2;

export type DescriptionFormat = 'xml' | 'plain';

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

/** Text for a description in the browser's format; `style` only in Chrome's XML. */
export function describe(format: DescriptionFormat, parts: (string | { style: 'match' | 'dim' | 'url'; text: string })[]): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return format === 'xml' ? escapeXml(part) : part;
      return format === 'xml' ? `<${part.style}>${escapeXml(part.text)}</${part.style}>` : part.text;
    })
    .join('');
}

export interface Suggestion {
  /** What Enter on the suggestion hands onInputEntered: the issue key. */
  content: string;
  description: string;
}

/** Up to five suggestions, "KEY summary", one per issue. */
export function issueSuggestions(issues: readonly PickedIssue[], format: DescriptionFormat): Suggestion[] {
  return issues.slice(0, MAX_SUGGESTIONS).map((issue) => ({
    content: issue.key,
    description: describe(format, [{ style: 'url', text: issue.key }, ' ', issue.summaryText.replace(/\s+/g, ' ').trim()]),
  }));
}

export type OmniboxTarget = { kind: 'issue'; key: string } | { kind: 'find'; text: string } | { kind: 'popup' };

/** What Enter does with `text`: open an issue (a key, any case, or a Jira link), search for the
 *  words in the Find section, or, with nothing typed, open the popup page. */
export function omniboxTarget(text: string): OmniboxTarget {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'popup' };
  const reference = parseIssueReference(trimmed);
  return 'key' in reference ? { kind: 'issue', key: reference.key } : { kind: 'find', text: trimmed };
}

// https://developer.chrome.com/docs/extensions/reference/api/omnibox#type-OnInputEnteredDisposition
export const dispositionSchema = z.enum(['currentTab', 'newForegroundTab', 'newBackgroundTab']);
export type Disposition = z.infer<typeof dispositionSchema>;

/** tabs.update for the current tab, tabs.create otherwise (in the background when asked). An
 *  unknown disposition opens in the current tab, what Enter does by default. */
export function tabAction(disposition: unknown, url: string): { update: { url: string } } | { create: { url: string; active: boolean } } {
  const parsed = dispositionSchema.safeParse(disposition);
  const chosen = parsed.success ? parsed.data : 'currentTab';
  if (chosen === 'currentTab') return { update: { url } };
  return { create: { url, active: chosen === 'newForegroundTab' } };
}

/** The popup page with the Find section prefilled and run. */
export const findPagePath = (text: string): string => `/popup.html?find=${encodeURIComponent(text)}`;
