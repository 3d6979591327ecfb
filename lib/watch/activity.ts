// The events the watches found, newest first, for the popup's Activity section and the badge.
// storage.local under `activity.events` (lib/storage/keys.ts); the newest MAX_ACTIVITY are kept.
import * as z from 'zod/mini';
import type { StorageArea } from '../storage/area.ts';
import { ACTIVITY_KEY } from '../storage/keys.ts';
import { watchEventSchema, type WatchEvent } from './events.ts';

export const MAX_ACTIVITY = 100;

export const activityEntrySchema = z.object({ ...watchEventSchema.shape, seen: z.boolean() });
export type ActivityEntry = z.infer<typeof activityEntrySchema>;

const listSchema = z.array(activityEntrySchema);

export async function readActivity(local: StorageArea): Promise<ActivityEntry[]> {
  const parsed = listSchema.safeParse((await local.get(ACTIVITY_KEY))[ACTIVITY_KEY]);
  return parsed.success ? parsed.data : [];
}

/** The list with `events` added (each id once), newest first, and the events that were new. */
export function addActivity(list: ActivityEntry[], events: WatchEvent[]): { list: ActivityEntry[]; added: WatchEvent[] } {
  const known = new Set(list.map((e) => e.id));
  const added: WatchEvent[] = [];
  for (const event of events) {
    if (known.has(event.id)) continue;
    known.add(event.id);
    added.push(event);
  }
  const merged = [...added.map((e) => ({ ...e, seen: false })), ...list].sort((a, b) => b.at - a.at).slice(0, MAX_ACTIVITY);
  return { list: merged, added };
}

export const activityEntry = (list: ActivityEntry[]): Record<string, ActivityEntry[]> => ({ [ACTIVITY_KEY]: list });

export const unseenCount = (list: ActivityEntry[]): number => list.filter((e) => !e.seen).length;

/** Every entry seen (the popup's Activity section was opened). */
export async function markActivitySeen(local: StorageArea): Promise<ActivityEntry[]> {
  const list = (await readActivity(local)).map((e) => ({ ...e, seen: true }));
  await local.set(activityEntry(list));
  return list;
}
