// What was selected, and where, when the user chose "Create Jira issue from …": kept in
// storage.local under `capture.<id>` until the issue is created (or for a week at most), so the
// capture window can be closed and opened again from the same address, and a sign-in in between
// does not lose it. storage.local, not session: the window may outlive a browser restart.
import * as z from 'zod/mini';
import type { StorageArea } from '../storage/area.ts';

export const CAPTURE_PREFIX = 'capture.';
/** Captures older than this are removed the next time one is made. */
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

/** The capture, or null when it is unknown, unreadable or expired. */
export async function readCapture(local: StorageArea, id: string, now: number): Promise<CaptureRecord | null> {
  const parsed = captureRecordSchema.safeParse((await local.get(captureKey(id)))[captureKey(id)]);
  if (!parsed.success || parsed.data.id !== id || now - parsed.data.createdAt > CAPTURE_MAX_AGE_MS) return null;
  return parsed.data;
}

export async function removeCapture(local: StorageArea, id: string): Promise<void> {
  await local.remove(captureKey(id));
}

/** Removes captures older than a week, and any that cannot be read. */
export async function pruneCaptures(local: StorageArea, now: number): Promise<void> {
  const all = await local.get(null);
  const stale = Object.entries(all)
    .filter(([key]) => key.startsWith(CAPTURE_PREFIX))
    .filter(([, value]) => {
      const parsed = captureRecordSchema.safeParse(value);
      return !parsed.success || now - parsed.data.createdAt > CAPTURE_MAX_AGE_MS;
    })
    .map(([key]) => key);
  if (stale.length > 0) await local.remove(stale);
}
