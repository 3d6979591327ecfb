// What was selected, and where, when the user chose "Create Jira issue from …": kept in
// storage.local under `capture.<id>` until the issue is created, so the capture window can be
// closed and opened again from the same address, and a sign-in in between does not lose it.
// storage.local, not session: the window may outlive a browser restart. How long one is kept:
// capture-lifetime.ts.
import * as z from 'zod/mini';
import type { StorageArea } from '../storage/area.ts';
import { captureKey } from '../storage/keys.ts';

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

export async function saveCapture(local: StorageArea, record: CaptureRecord): Promise<void> {
  await local.set({ [captureKey(record.id)]: captureRecordSchema.parse(record) });
}

export async function removeCapture(local: StorageArea, id: string): Promise<void> {
  await local.remove(captureKey(id));
}
