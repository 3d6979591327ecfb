// What the worker shows the pages of the session (site and user): what the popup header needs up
// front. Sign-in profiles and their forms are in profile-views.ts, which the popup loads only when
// sign-in needs the user.
import * as z from 'zod/mini';
import { siteSchema } from '../jira/site.ts';

export type { AuthState, Connection, ProfileForm, ProfileView, SaveProfileResult } from './profile-views.ts';

export const userViewSchema = z.object({
  accountId: z.string(),
  displayName: z.string(),
  avatarUrl: z.optional(z.string()),
});
export type UserView = z.infer<typeof userViewSchema>;

/** The selected profile's working context: what the popup header shows. */
export const sessionSchema = z.object({
  profileId: z.string(),
  profileName: z.string(),
  sites: z.array(siteSchema),
  /** Null when the user must choose (several sites and no valid remembered choice). */
  site: z.nullable(siteSchema),
  /** The remembered site is no longer accessible: say so while asking to choose again. */
  lostSite: z.optional(z.string()),
  user: z.nullable(userViewSchema),
});
export type Session = z.infer<typeof sessionSchema>;
