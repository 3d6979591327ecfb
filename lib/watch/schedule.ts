// When the next poll may send anything: after a 429, not before its Retry-After; while Jira
// fails, later and later; and whether the user was told that the sign-in needs reconnecting.
// storage.local under `watch.schedule`, so a restarted worker keeps waiting.
import * as z from 'zod/mini';
import type { StorageArea } from '../storage/area.ts';
import { WATCH_SCHEDULE_KEY } from '../storage/keys.ts';

export const MAX_BACKOFF_MS = 60 * 60_000;

const scheduleSchema = z.object({
  /** No request before this time (ms). */
  notBefore: z.number(),
  /** Polls in a row that Jira answered with an error. */
  failures: z.number(),
  /** The "reconnect to keep watching" notification was shown for this profile. */
  reconnectNotified: z.optional(z.string()),
});
export type WatchSchedule = z.infer<typeof scheduleSchema>;

export const FRESH_SCHEDULE: WatchSchedule = { notBefore: 0, failures: 0 };

export async function readSchedule(local: StorageArea): Promise<WatchSchedule> {
  const parsed = scheduleSchema.safeParse((await local.get(WATCH_SCHEDULE_KEY))[WATCH_SCHEDULE_KEY]);
  return parsed.success ? parsed.data : FRESH_SCHEDULE;
}

export const scheduleEntry = (schedule: WatchSchedule): Record<string, WatchSchedule> => ({ [WATCH_SCHEDULE_KEY]: schedule });

/** After a failed poll: Atlassian's Retry-After when it gave one, else the interval doubled per
 *  failure in a row, at most an hour. https://developer.atlassian.com/cloud/jira/platform/rate-limiting/ */
export function afterFailure(schedule: WatchSchedule, now: number, intervalMs: number, retryAfterMs?: number): WatchSchedule {
  const failures = schedule.failures + 1;
  const wait = retryAfterMs ?? Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** (failures - 1));
  return { ...schedule, failures, notBefore: now + wait };
}
