// A workflow step the user may take on an issue (lib/jira/transitions.ts makes it from Jira's
// IssueTransition), with its screen's fields.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-get
import * as z from 'zod/mini';
import { fieldMetaSchema } from './field-meta.ts';
import { statusViewSchema } from './status.ts';

export const transitionSchema = z.object({
  id: z.string(),
  name: z.string(),
  to: statusViewSchema,
  /** The transition screen's fields; those with `required` must be filled before it is taken. */
  fields: z.array(fieldMetaSchema),
});
export type Transition = z.infer<typeof transitionSchema>;
