// A click on "Create Jira issue from …": the capture is stored and the capture window opened on it.
import { pruneCaptures } from '../capture/capture-lifetime.ts';
import { saveCapture } from '../capture/capture-record.ts';
import { captureFromClick, clickInfoSchema, clickTabSchema, MENU_ITEMS } from '../capture/context-menu.ts';
import * as z from 'zod/mini';
import type { Translate } from '../i18n/translate.ts';
import type { StorageArea } from '../storage/area.ts';

export interface CaptureClickDeps {
  local: StorageArea;
  now(): number;
  newId(): string;
  /** The selection's text as the page has it (getSelection().toString(), line breaks kept), read
   *  with scripting.executeScript under the activeTab grant the click gives; rejects where pages
   *  cannot be scripted (the browser's own pages, the PDF viewer, the web store). */
  readSelection(tabId: number, frameId: number): Promise<unknown>;
  /** windows.create({ url, type: 'popup', … }). */
  openWindow(url: string): Promise<unknown>;
  /** runtime.getURL. */
  pageUrl(path: string): string;
}

const selectionResultSchema = z.string();

/** The window's address for a capture. */
export const captureWindowPath = (id: string): string => `/capture.html?id=${encodeURIComponent(id)}`;

/** Handles contextMenus.onClicked. Clicks on items that are not ours are ignored. */
export async function onCaptureClick(deps: CaptureClickDeps, rawInfo: unknown, rawTab: unknown): Promise<void> {
  const info = clickInfoSchema.safeParse(rawInfo);
  if (!info.success || !MENU_ITEMS.some((item) => item.id === info.data.menuItemId)) return;
  const tab = clickTabSchema.safeParse(rawTab);
  let full: string | undefined;
  if (info.data.selectionText !== undefined && tab.success && tab.data.id !== undefined) {
    const read = await deps.readSelection(tab.data.id, info.data.frameId ?? 0).catch(() => undefined);
    const parsed = selectionResultSchema.safeParse(read);
    if (parsed.success) full = parsed.data;
  }
  const captured = captureFromClick(info.data, tab.success ? tab.data : undefined, full);
  if (!captured) return;
  const now = deps.now();
  const id = deps.newId();
  await pruneCaptures(deps.local, now).catch(() => {});
  await saveCapture(deps.local, { id, ...captured, createdAt: now });
  await deps.openWindow(deps.pageUrl(captureWindowPath(id)));
}

/** Menus are made on install and update; removing them first makes that safe to repeat (an item
 *  created twice with one id is an error). */
export async function createCaptureMenus(
  menus: {
    removeAll(): Promise<void>;
    create(item: { id: string; title: string; contexts: ['selection' | 'page' | 'link', ...('selection' | 'page' | 'link')[]] }): unknown;
  },
  t: Translate,
): Promise<void> {
  await menus.removeAll();
  for (const item of MENU_ITEMS) {
    const [first, ...rest] = item.contexts;
    menus.create({ id: item.id, title: t(item.titleKey), contexts: [first, ...rest] });
  }
}
