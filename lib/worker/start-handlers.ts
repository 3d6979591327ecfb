// The popup's start (session-messages.ts `popup.start`), and the first frame kept up to date for
// the next popup (first-frame.ts).
import type { Handlers } from '../messaging/server.ts';
import type { Session } from '../messaging/views.ts';
import { buildFirstFrame } from './first-frame.ts';
import type { IssueContext } from './jira-context.ts';
import { freshSession } from './session-handlers.ts';
import { storedSessionView } from './session-view-cache.ts';

export interface StartHandlers {
  handlers: Pick<Handlers, 'popup.start'>;
  /** Writes the frame of `session` (the selected profile's, just shown) from what the cache holds. */
  refresh(session: Session): Promise<void>;
  /** Writes the frame of the selected profile's last session, if there is one (after a create,
   *  which changes the last used project and type). */
  refreshStored(): Promise<void>;
}

export function createStartHandlers(ctx: IssueContext): StartHandlers {
  const { deps } = ctx;
  const refresh = async (session: Session) => {
    const write = deps.firstFrame.begin();
    await write(await buildFirstFrame(ctx, session));
  };
  return {
    refresh,
    async refreshStored() {
      const profile = await deps.registry.selected();
      const session = profile && (await storedSessionView(deps.session, profile.id));
      if (session) await refresh(session);
    },
    handlers: {
      'popup.start': async () => {
        const write = deps.firstFrame.begin();
        const call = await ctx.jira().catch(async (error: unknown) => {
          // Not connected, or to reconnect: no first frame may show the sign-in that ended.
          await deps.firstFrame.clear();
          throw error;
        });
        // One message instead of the page's chain: the session as last shown (the page checks it
        // with Atlassian next), else asked now; then the Create form's lists, from the cache or Jira.
        const stored = await storedSessionView(deps.session, call.profile.id);
        const session = stored ?? (await freshSession(deps, call.profile));
        const frame = await buildFirstFrame(ctx, session, call.send);
        await write(frame);
        return { frame, checked: stored === undefined };
      },
    },
  };
}
