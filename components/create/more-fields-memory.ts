// Whether the user opened "More fields" the last time they created an issue of this type in this
// project: storage.local under `create.moreFields`, one small record per site, project and type
// (newest last, at most MAX_REMEMBERED), parsed like every value read back from storage.
import * as z from 'zod/mini';
import type { StorageArea } from '../../lib/storage/area.ts';

export const MORE_FIELDS_KEY = 'create.moreFields';
export const MAX_REMEMBERED = 60;

const recordSchema = z.record(z.string(), z.boolean());

export { moreFieldsSlot } from './more-fields-slot.ts';

async function readAll(local: StorageArea): Promise<Record<string, boolean>> {
  const parsed = recordSchema.safeParse((await local.get(MORE_FIELDS_KEY))[MORE_FIELDS_KEY]);
  // An unreadable record (a newer release's, or damaged) remembers nothing.
  return parsed.success ? parsed.data : {};
}

export async function readMoreFieldsOpen(local: StorageArea, slot: string): Promise<boolean> {
  return (await readAll(local))[slot] === true;
}

export async function rememberMoreFieldsOpen(local: StorageArea, slot: string, open: boolean): Promise<void> {
  const all = await readAll(local);
  delete all[slot];
  const kept = Object.entries(all).slice(-(MAX_REMEMBERED - 1));
  await local.set({ [MORE_FIELDS_KEY]: Object.fromEntries([...kept, [slot, open]]) });
}
