// A draft that no longer parses (written by a newer release, or a damaged store) still holds what
// the user typed. It is moved to `draft-unreadable.<scope>` with the time it was set aside, rather
// than deleted, so a later release or the user (from the browser's storage inspector) can still
// recover the text. Only the few most recent are kept: this is a last resort, not an archive.
// New keys in storage.local, no existing shape changed: no migration step (migrations.ts).
import * as z from 'zod/mini';
import type { StorageArea } from './area.ts';
import { UNREADABLE_PREFIX, unreadableKey } from './keys.ts';

/** How many set-aside drafts are kept; the oldest go first. */
export const UNREADABLE_KEEP = 5;

const setAsideSchema = z.object({ setAsideAt: z.number(), raw: z.unknown() });

/** Moves the unreadable drafts `found` (draft key → stored value) aside. The drafts are removed only
 *  once the copies are written: a store that refuses the copy keeps the draft where it was. */
export async function setAsideDrafts(local: StorageArea, found: Record<string, unknown>, draftPrefix: string, now: number): Promise<void> {
  const keys = Object.keys(found);
  if (keys.length === 0) return;
  const copies = Object.fromEntries(keys.map((key) => [unreadableKey(key.slice(draftPrefix.length)), { setAsideAt: now, raw: found[key] }]));
  await local.set(copies);
  const all = await local.get(null);
  const aside = Object.entries(all)
    .filter(([key]) => key.startsWith(UNREADABLE_PREFIX))
    .map(([key, value]) => ({ key, at: setAsideSchema.safeParse(value).data?.setAsideAt ?? 0 }))
    .sort((a, b) => b.at - a.at);
  await local.remove([...keys, ...aside.slice(UNREADABLE_KEEP).map((entry) => entry.key)]);
}
