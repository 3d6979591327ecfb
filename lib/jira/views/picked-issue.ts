// An issue suggested for what the user typed (the parent field, open issue): its key and the plain
// text of its summary.
import * as z from 'zod/mini';

export const pickedIssueSchema = z.object({ key: z.string(), summaryText: z.string() });
export type PickedIssue = z.infer<typeof pickedIssueSchema>;
