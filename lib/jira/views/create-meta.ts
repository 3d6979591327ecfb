// An issue type as the create form offers it (the worker's reply, and the metadata cache).
import * as z from 'zod/mini';

export const createMetaIssueTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  subtask: z.boolean(),
  iconUrl: z.optional(z.string()),
  description: z.optional(z.string()),
  /** 1 epic, 0 standard, -1 sub-task. */
  hierarchyLevel: z.optional(z.number()),
});
export type CreateMetaIssueType = z.infer<typeof createMetaIssueTypeSchema>;
