// What the worker shows the pages of the session (site and user): what the popup header needs up
// front. Sign-in profiles and their forms are in profile-views.ts, which the popup loads only when
// sign-in needs the user.
import * as z from 'zod/mini';
import { userRefSchema } from '../jira/views/user.ts';
import { siteSchema } from '../jira/site.ts';

export type { AuthState, Connection, ProfileForm, ProfileView, SaveProfileResult } from './profile-views.ts';

/** The selected profile's working context: what the popup header shows. */
export const sessionSchema = z.object({
  profileId: z.string(),
  profileName: z.string(),
  sites: z.array(siteSchema),
  /** Null when the user must choose (several sites and no valid remembered choice). */
  site: z.nullable(siteSchema),
  /** The remembered site is no longer accessible: say so while asking to choose again. */
  lostSite: z.optional(z.string()),
  /** Who is signed in on the site (Jira's myself). */
  user: z.nullable(userRefSchema),
});
export type Session = z.infer<typeof sessionSchema>;
