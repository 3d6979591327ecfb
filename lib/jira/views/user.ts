// A person as the pages show one: an assignee, a reporter, who is signed in (Jira's myself), a
// user to pick. Privacy settings can hide the name; the processors then show the account id.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-users/
import * as z from 'zod/mini';

export const userRefSchema = z.object({
  accountId: z.string(),
  displayName: z.string(),
  /** Only over https: avatars are loaded into our pages. */
  avatarUrl: z.optional(z.string()),
});
export type UserRef = z.infer<typeof userRefSchema>;
