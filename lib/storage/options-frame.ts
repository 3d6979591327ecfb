// The options page's first frame: the sign-in profiles, the selected one and each one's connection
// status, as `auth.state` answers. The worker writes it whenever it answers with that state
// (lib/worker/handlers.ts) and removes it when a connection changes behind the page's back (a
// connect, a sign-out, a reconnect needed, a new policy); the page reads it before its first render
// and paints the profile list at once, then confirms it with one `auth.state` (README "Performance").
//
// storage.session, as the popup's first frame (first-frame.ts, which says why pages may read it and
// web pages may not). It holds no token and no secret: profiles as pages are shown them (a client
// secret only as `hasSecret`, lib/messaging/profile-views.ts). The key carries its shape's version.
import * as z from 'zod/mini';
import { authStateSchema, type AuthState } from '../messaging/profile-views.ts';
import { OPTIONS_FRAME_KEY } from './keys.ts';

export { OPTIONS_FRAME_KEY };

export const optionsFrameSchema = z.object({ auth: authStateSchema });
export type OptionsFrame = z.infer<typeof optionsFrameSchema>;

/** The stored frame's auth state, if it reads. */
export const parseOptionsFrame = (raw: unknown): AuthState | undefined => optionsFrameSchema.safeParse(raw).data?.auth;
