// A project as the pages show one (in the create form's picker and on an issue).
import * as z from 'zod/mini';

export const projectRefViewSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  /** Only over https: avatars are loaded into our pages. */
  avatarUrl: z.optional(z.string()),
});
export type ProjectRef = z.infer<typeof projectRefViewSchema>;
