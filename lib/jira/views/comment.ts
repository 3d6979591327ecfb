// Comments on an issue as the Open section shows them, newest first, a page at a time.
// lib/jira/comments.ts makes them from Jira's PageOfComments and Comment.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/
import * as z from 'zod/mini';
import { userRefSchema } from './user.ts';

export const commentViewSchema = z.object({
  id: z.string(),
  /** Missing when Jira hides who wrote it (an anonymous or removed author). */
  author: z.optional(userRefSchema),
  /** ADF document: the renderer checks its node types, as for descriptions. */
  body: z.unknown(),
  /** Jira's timestamp, as sent (`2026-01-05T10:00:00.000+0100`). */
  created: z.string(),
});
export type CommentView = z.infer<typeof commentViewSchema>;

export const commentPageSchema = z.object({
  comments: z.array(commentViewSchema),
  /** All the comments, when Jira says. */
  total: z.optional(z.number()),
  /** Where the next (older) page starts; absent on the last page. */
  nextStartAt: z.optional(z.number()),
});
export type CommentPage = z.infer<typeof commentPageSchema>;
