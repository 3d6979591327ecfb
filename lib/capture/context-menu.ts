// The two context-menu items and what a click on one of them captures. Chrome and Firefox pass the
// click as OnClickData plus the tab; both come from the browser but describe a web page, so every
// field is checked and bounded before it is stored.
// https://developer.chrome.com/docs/extensions/reference/api/contextMenus#type-OnClickData
// https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/menus/OnClickData
import * as z from 'zod/mini';
import { SELECTION_MAX } from './capture-record.ts';

export const MENU_SELECTION = 'capture-selection';
export const MENU_PAGE = 'capture-page';

/** `titleKey` names the title's message in public/_locales. */
export const MENU_ITEMS = [
  { id: MENU_SELECTION, titleKey: 'menuFromSelection', contexts: ['selection'] },
  // On a link, "this page" is the linked page: what the user pointed at.
  { id: MENU_PAGE, titleKey: 'menuFromPage', contexts: ['page', 'link'] },
] as const;

const URL_MAX = 8192;
const TITLE_MAX = 1000;

export const clickInfoSchema = z.object({
  menuItemId: z.union([z.string(), z.number()]),
  selectionText: z.optional(z.string()),
  pageUrl: z.optional(z.string()),
  linkUrl: z.optional(z.string()),
  // Firefox only; Chrome does not tell the link's text.
  linkText: z.optional(z.string()),
  frameId: z.optional(z.number()),
});
export type ClickInfo = z.infer<typeof clickInfoSchema>;

export const clickTabSchema = z.object({
  id: z.optional(z.number()),
  title: z.optional(z.string()),
  url: z.optional(z.string()),
});
export type ClickTab = z.infer<typeof clickTabSchema>;

export interface Captured {
  selection: string;
  url: string;
  title: string;
}

const bounded = (text: string | undefined, max: number) => (text ?? '').slice(0, max);

/**
 * What a click captures; null for an item that is not ours. `fullSelection` is the page's own
 * getSelection() text when it could be read: Chrome's `selectionText` loses the line breaks, which a
 * quote of several paragraphs needs.
 */
export function captureFromClick(info: ClickInfo, tab: ClickTab | undefined, fullSelection?: string): Captured | null {
  const pageUrl = info.pageUrl ?? tab?.url;
  // A page without a title is named by its address, so the source link still has text.
  const pageTitle = tab?.title?.trim() || (pageUrl ?? '');
  if (info.menuItemId === MENU_SELECTION) {
    const selection = fullSelection !== undefined && fullSelection.trim() !== '' ? fullSelection : (info.selectionText ?? '');
    return { selection: bounded(selection, SELECTION_MAX), url: bounded(pageUrl, URL_MAX), title: bounded(pageTitle, TITLE_MAX) };
  }
  if (info.menuItemId === MENU_PAGE) {
    if (info.linkUrl !== undefined) {
      const linkText = info.linkText?.trim();
      return { selection: '', url: bounded(info.linkUrl, URL_MAX), title: bounded(linkText || pageTitle, TITLE_MAX) };
    }
    return { selection: '', url: bounded(pageUrl, URL_MAX), title: bounded(pageTitle, TITLE_MAX) };
  }
  return null;
}
