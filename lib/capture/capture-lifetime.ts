// How long a capture (capture-record.ts) is kept. One nobody typed from goes after a week. One with
// a draft (what the user typed in its window, drafts.ts) stays as long as the draft lives: the
// draft is only reachable through the capture window, and the window shows nothing without its
// capture. Only the worker reads and prunes captures, so the pages that need the record's schema do
// not carry the drafts code with it.
import type { StorageArea } from '../storage/area.ts';
import { captureScope, DRAFT_MAX_AGE_MS, parseDraft } from '../storage/drafts.ts';
import { CAPTURE_PREFIX, captureKey, draftKey } from '../storage/keys.ts';
import { captureRecordSchema, type CaptureRecord } from './capture-record.ts';

/** Captures older than this, with no live draft, are removed the next time one is made. */
export const CAPTURE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

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
