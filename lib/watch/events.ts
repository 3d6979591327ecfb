// What a watch reports: one event per new issue, change, comment, new or changed project. The
// same shape is kept in the activity list, sent to the popup, and turned into notifications.
import * as z from 'zod/mini';

export const watchEventSchema = z.object({
  /** Unique per change: the same change found by two watches or two polls is one event. */
  id: z.string(),
  kind: z.enum(['created', 'updated', 'commented', 'projectCreated', 'projectUpdated']),
  siteId: z.string(),
  /** The key, or the project's for project events. */
  key: z.string(),
  projectKey: z.string(),
  /** The summary, or the project's name. */
  title: z.string(),
  /** Who made the change, when Jira says. */
  by: z.optional(z.string()),
  /** When it happened (Jira's time, ms). */
  at: z.number(),
});
export type WatchEvent = z.infer<typeof watchEventSchema>;
