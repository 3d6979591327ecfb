// Watches and what they found: the options page reads and saves the watch settings; the popup's
// Activity section lists the events and marks them seen (which clears the badge). Pages load the
// reply schemas with the first of these messages (later-messages.ts).
import * as z from 'zod/mini';
import { activityEntrySchema } from '../watch/activity.ts';
import { watchSettingsSchema } from '../watch/settings.ts';

export const watchMessages = {
  /** The watch settings (defaults when none are stored). */
  'watch.settings': { request: z.object({}), reply: watchSettingsSchema },
  /** Stores the settings and sets the poll alarm to match; replies with what was stored. */
  'watch.save': { request: watchSettingsSchema, reply: watchSettingsSchema },
  /** The events found, newest first. */
  'activity.list': { request: z.object({}), reply: z.object({ entries: z.array(activityEntrySchema) }) },
  /** Every event seen: the badge clears. */
  'activity.seen': { request: z.object({}), reply: z.object({}) },
} as const;
