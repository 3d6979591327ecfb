// What was selected, and where, when the user chose "Create Jira issue from …": kept in
// storage.local under `capture.<id>` until the issue is created, so the capture window can be
// closed and opened again from the same address, and a sign-in in between does not lose it.
// storage.local, not session: the window may outlive a browser restart.
//
// A capture nobody typed from goes after a week. One with a draft (what the user typed in its
// window, drafts.ts) stays as long as the draft lives: the draft is only reachable through the
// capture window, and the window shows nothing without its capture.
import * as z from 'zod/mini';
import type { StorageArea } from '../storage/area.ts';
import { captureScope, DRAFT_MAX_AGE_MS, draftKey, parseDraft } from '../storage/drafts.ts';

export const CAPTURE_PREFIX = 'capture.';
/** Captures older than this, with no live draft, are removed the next time one is made. */
export const CAPTURE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** Jira keeps at most 32,767 characters of a description; a selection longer than that is cut. */
export const SELECTION_MAX = 32_000;

/** Ids are crypto.randomUUID(): they go into a storage key and the window's URL. */
export const captureIdSchema = z.string().check(z.regex(/^[0-9a-f-]{36}$/));

export const captureRecordSchema = z.object({
  id: captureIdSchema,
  selection: z.string(),
  url: z.string(),
  title: z.string(),
  createdAt: z.number(),
});
export type CaptureRecord = z.infer<typeof captureRecordSchema>;

export const captureKey = (id: string): string => `${CAPTURE_PREFIX}${id}`;

export async function saveCapture(local: StorageArea, record: CaptureRecord): Promise<void> {
  await local.set({ [captureKey(record.id)]: captureRecordSchema.parse(record) });
}

/** Whether the capture is still wanted: a week old at most, or its draft (`draft`, as stored) lives. */
function isLive(record: CaptureRecord, draft: unknown, now: number): boolean {
  if (now - record.createdAt <= CAPTURE_MAX_AGE_MS) return true;
  const savedAt = parseDraft(draft)?.savedAt;
  return savedAt !== undefined && now - savedAt <= DRAFT_MAX_AGE_MS;
}

/** The capture, or null when it is unknown, unreadable or expired. */
export async function readCapture(local: StorageArea, id: string, now: number): Promise<CaptureRecord | null> {
  const key = captureKey(id);
  const draft = draftKey(captureScope(id));
  const stored = await local.get([key, draft]);
  const parsed = captureRecordSchema.safeParse(stored[key]);
  if (!parsed.success || parsed.data.id !== id || !isLive(parsed.data, stored[draft], now)) return null;
  return parsed.data;
}

export async function removeCapture(local: StorageArea, id: string): Promise<void> {
  await local.remove(captureKey(id));
}

/** Removes captures that are no longer wanted (see isLive), and any that cannot be read. */
export async function pruneCaptures(local: StorageArea, now: number): Promise<void> {
  const all = await local.get(null);
  const stale = Object.entries(all)
    .filter(([key]) => key.startsWith(CAPTURE_PREFIX))
    .filter(([, value]) => {
      const parsed = captureRecordSchema.safeParse(value);
      return !parsed.success || !isLive(parsed.data, all[draftKey(captureScope(parsed.data.id))], now);
    })
    .map(([key]) => key);
  if (stale.length > 0) await local.remove(stale);
}
