// What a watch has already seen, so a poll reports each change once, across worker and browser
// restarts: the lower bound of its next search, and the issues (by id, with their `updated`) and
// comments seen since then. storage.local under `watch.mark.<watchId>` (lib/storage/keys.ts).
import * as z from 'zod/mini';
import type { StorageArea } from '../storage/area.ts';
import { watchMarkKey } from '../storage/keys.ts';

export const watchMarkSchema = z.object({
  /** The filter and site it was made for: another filter starts afresh. */
  siteId: z.string(),
  jql: z.string(),
  /** The next search asks for `updated >= since` (ms, Jira's clock once anything was seen). */
  since: z.number(),
  /** Issue id → the `updated` text last seen. */
  seen: z.record(z.string(), z.string()),
  /** Comment id → its created time (ms). */
  comments: z.record(z.string(), z.number()),
});
export type WatchMark = z.infer<typeof watchMarkSchema>;

export async function readMark(local: StorageArea, watchId: string): Promise<WatchMark | undefined> {
  const key = watchMarkKey(watchId);
  const parsed = watchMarkSchema.safeParse((await local.get(key))[key]);
  return parsed.success ? parsed.data : undefined;
}

export const markEntry = (watchId: string, mark: WatchMark): Record<string, WatchMark> => ({ [watchMarkKey(watchId)]: mark });
