// Sign-in profiles: the options page's list, form and Sign out. The popup only asks about them when
// sign-in needs the user, so their reply schemas load on demand there (reply-schemas.ts).
import * as z from 'zod/mini';
import { authStateSchema, profileFormSchema, saveProfileResultSchema } from './profile-views.ts';

const id = z.string().check(z.minLength(1));

export const profileMessages = {
  /** Profiles, which one is selected, and each one's connection state. */
  'auth.state': { request: z.object({}), reply: authStateSchema },
  /** Create (no id) or update a profile from the options form. */
  'profiles.save': { request: z.object({ form: profileFormSchema }), reply: saveProfileResultSchema },
  'profiles.delete': { request: z.object({ profileId: id }), reply: authStateSchema },
  'profiles.select': { request: z.object({ profileId: id }), reply: authStateSchema },
  /** Forgets the profile's tokens; keeps its settings and every draft. */
  'auth.signOut': { request: z.object({ profileId: id }), reply: authStateSchema },
} as const;
