// Signing in and the session (site and user): what the popup header needs up front. The profiles
// themselves are in profile-messages.ts.
import * as z from 'zod/mini';
import { siteSchema } from '../jira/site.ts';
import { firstFrameSchema } from '../storage/first-frame.ts';
import { sessionSchema } from './views.ts';

const id = z.string().check(z.minLength(1));

export const sessionMessages = {
  /** The Jira sites the signed-in user can reach (Atlassian accessible-resources). */
  'sites.list': { request: z.object({}), reply: z.array(siteSchema) },
  /** Runs the Atlassian consent flow for a profile; ends connected with a session. */
  'auth.connect': { request: z.object({ profileId: id }), reply: sessionSchema },
  /** The selected profile's site and user; not_connected / reconnect_needed when it cannot. */
  'session.get': { request: z.object({}), reply: sessionSchema },
  /** The last session shown, from memory and without a request, to paint before session.get. */
  'session.cached': { request: z.object({}), reply: z.nullable(sessionSchema) },
  /** The popup's first frame as the worker holds it now (and writes it for the next popup):
   *  loaded from Jira where nothing is cached. `checked`: the session in it was just asked of
   *  Atlassian, so no session.get need follow. */
  'popup.start': { request: z.object({}), reply: z.object({ frame: firstFrameSchema, checked: z.boolean() }) },
  /** Chooses the site for the selected profile (remembered per profile). */
  'sites.select': { request: z.object({ siteId: id }), reply: sessionSchema },
} as const;
