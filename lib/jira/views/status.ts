// An issue's status as the pages show it (on an issue, a search result, a workflow step's target).
import * as z from 'zod/mini';

export const statusViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** `new`, `indeterminate` or `done`; Jira's "No Category" is `undefined`, used when missing too. */
  categoryKey: z.string(),
});
export type StatusView = z.infer<typeof statusViewSchema>;
