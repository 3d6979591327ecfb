// What the user watches (options page, "Watches"): per watch a site, a JQL filter and the events
// wanted; per site whether projects created or changed are news; a global pause and the interval
// between polls. storage.local under `watch.settings` (lib/storage/keys.ts): it names sites of
// this browser's sign-in, so it does not follow the user to other browsers.
import * as z from 'zod/mini';
import type { StorageArea } from '../storage/area.ts';
import { WATCH_SETTINGS_KEY } from '../storage/keys.ts';

/** chrome.alarms fires at most every 30 s from Chrome 120 on and every minute before (this build
 *  supports Chrome 116); Firefox has no documented minimum. One minute is the floor everywhere.
 *  https://developer.chrome.com/docs/extensions/reference/api/alarms#method-create */
export const MIN_INTERVAL_MINUTES = 1;
export const DEFAULT_INTERVAL_MINUTES = 5;
export const MAX_INTERVAL_MINUTES = 24 * 60;
export const MAX_WATCHES = 20;

export const watchEventsSchema = z.object({
  created: z.boolean(),
  updated: z.boolean(),
  commented: z.boolean(),
});
export type WatchEvents = z.infer<typeof watchEventsSchema>;

export const watchSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  siteId: z.string().check(z.minLength(1)),
  /** The site's name when the watch was added, so the list names it while signed out (the sites
   *  of a sign-in are known only while connected). Came later and is optional: watches without it
   *  are named by their site id, and a release without it drops it (zod objects strip unknown
   *  keys), so no migration step (lib/storage/README.md "Versions and migrations"). */
  siteName: z.optional(z.string().check(z.maxLength(255))),
  /** A JQL filter without ORDER BY (jql.ts adds the time bound and the order). */
  jql: z.string().check(z.minLength(1), z.maxLength(2000)),
  events: watchEventsSchema,
  enabled: z.boolean(),
});
export type Watch = z.infer<typeof watchSchema>;

export const watchSettingsSchema = z.object({
  watches: z.array(watchSchema).check(z.maxLength(MAX_WATCHES)),
  /** Sites whose new and changed projects are news. */
  projectSites: z.array(z.string()),
  paused: z.boolean(),
  /** Whole minutes, MIN_INTERVAL_MINUTES to MAX_INTERVAL_MINUTES (clampInterval). */
  intervalMinutes: z.number(),
  /** Where a click on a notification opens the issue: Jira in a tab, or the popup's Open tab. */
  openIn: z.enum(['jira', 'popup']),
  /** The user said "No, thanks" to the first watch the options page offers. */
  offerDeclined: z.optional(z.boolean()),
});
export type WatchSettings = z.infer<typeof watchSettingsSchema>;

export const DEFAULT_WATCH_SETTINGS: WatchSettings = {
  watches: [],
  projectSites: [],
  paused: false,
  intervalMinutes: DEFAULT_INTERVAL_MINUTES,
  openIn: 'jira',
};

/** Whole minutes within the bounds; anything else is the default. */
export function clampInterval(minutes: number): number {
  if (!Number.isFinite(minutes)) return DEFAULT_INTERVAL_MINUTES;
  return Math.min(MAX_INTERVAL_MINUTES, Math.max(MIN_INTERVAL_MINUTES, Math.round(minutes)));
}

/** The stored settings; none, or unreadable ones, are the defaults (no watch). */
export async function readWatchSettings(local: StorageArea): Promise<WatchSettings> {
  const parsed = watchSettingsSchema.safeParse((await local.get(WATCH_SETTINGS_KEY))[WATCH_SETTINGS_KEY]);
  return parsed.success ? { ...parsed.data, intervalMinutes: clampInterval(parsed.data.intervalMinutes) } : DEFAULT_WATCH_SETTINGS;
}

export async function writeWatchSettings(local: StorageArea, settings: WatchSettings): Promise<void> {
  const valid = watchSettingsSchema.parse(settings);
  await local.set({ [WATCH_SETTINGS_KEY]: { ...valid, intervalMinutes: clampInterval(valid.intervalMinutes) } });
}

/** Whether any poll is due at all: not paused, and a watch or a project site to poll. */
export function hasWork(settings: WatchSettings): boolean {
  return !settings.paused && (settings.watches.some((w) => w.enabled) || settings.projectSites.length > 0);
}
