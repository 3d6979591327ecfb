// Sign-in, profiles and the session (site and user): what the popup header and options page use.
import * as z from 'zod/mini';
import { siteSchema } from '../jira/site.ts';
import { authStateSchema, profileFormSchema, saveProfileResultSchema, sessionSchema } from './views.ts';

const id = z.string().check(z.minLength(1));

export const sessionMessages = {
  /** The Jira sites the signed-in user can reach (Atlassian accessible-resources). */
  'sites.list': { request: z.object({}), reply: z.array(siteSchema) },
  /** Profiles, which one is selected, and each one's connection state. */
  'auth.state': { request: z.object({}), reply: authStateSchema },
  /** Create (no id) or update a custom profile from the options form. */
  'profiles.save': { request: z.object({ form: profileFormSchema }), reply: saveProfileResultSchema },
  'profiles.delete': { request: z.object({ profileId: id }), reply: authStateSchema },
  'profiles.select': { request: z.object({ profileId: id }), reply: authStateSchema },
  /** Runs the Atlassian consent flow for a profile; ends connected with a session. */
  'auth.connect': { request: z.object({ profileId: id }), reply: sessionSchema },
  /** Forgets the profile's tokens; keeps its settings and every draft. */
  'auth.signOut': { request: z.object({ profileId: id }), reply: authStateSchema },
  /** The selected profile's site and user; not_connected / reconnect_needed when it cannot. */
  'session.get': { request: z.object({}), reply: sessionSchema },
  /** The last session shown, from memory and without a request, to paint before session.get. */
  'session.cached': { request: z.object({}), reply: z.nullable(sessionSchema) },
  /** Chooses the site for the selected profile (remembered per profile). */
  'sites.select': { request: z.object({ siteId: id }), reply: sessionSchema },
} as const;
