import type { Handlers } from '../messaging/server.ts';
import type { Session } from '../messaging/views.ts';
import { createAuthHandlers } from './auth-handlers.ts';
import { createCaptureHandlers } from './capture-handlers.ts';
import { createCommentHandlers } from './comment-handlers.ts';
import { createCreateHandlers } from './create-handlers.ts';
import { createCreateMetaHandlers } from './create-meta-handlers.ts';
import type { WorkerDeps } from './deps.ts';
import { createIssueHandlers } from './issue-handlers.ts';
import { createIssueContext, type IssueHandlerOptions } from './jira-context.ts';
import { createSearchHandlers } from './search-handlers.ts';
import { createSessionHandlers } from './session-handlers.ts';
import type { SystemUnavailable } from '../auth/system-unavailable.ts';
import { createWatchHandlers, NO_WATCH_HOOKS, type WatchHooks } from './watch-handlers.ts';
import { createStartHandlers } from './start-handlers.ts';
import { withOptionsFrame } from './options-frame.ts';

/** What the worker does for each message type (lib/messaging/README.md). The Jira actions share
 *  one context: the selected profile's sender, the metadata cache and the retry waits. */
export function createHandlers(
  deps: WorkerDeps,
  systemReason?: SystemUnavailable,
  issueOptions?: IssueHandlerOptions,
  watchHooks: WatchHooks = NO_WATCH_HOOKS,
): Handlers {
  const jira = createIssueContext(deps, issueOptions);
  const start = createStartHandlers(jira);
  // The options page's first frame is written and removed around these (options-frame.ts).
  const auth = withOptionsFrame(deps, createAuthHandlers(deps, systemReason));
  const session = createSessionHandlers(deps);
  const create = createCreateHandlers(jira);

  // The popup's first frame (first-frame.ts) belongs to one account, profile and site: whatever
  // may change those removes it before it starts, and a new session writes it afresh.
  const clearing = <T extends keyof typeof auth | 'sites.select'>(handler: Handlers[T]): Handlers[T] =>
    (async (payload: never) => {
      await deps.firstFrame.clear();
      return (handler as (p: never) => Promise<unknown>)(payload);
    }) as Handlers[T];
  const writing = <T extends 'session.get' | 'sites.select' | 'auth.connect'>(handler: Handlers[T]): Handlers[T] =>
    (async (payload: never) => {
      const shown = await (handler as (p: never) => Promise<Session>)(payload);
      await start.refresh(shown);
      return shown;
    }) as Handlers[T];

  return {
    ...auth,
    'auth.connect': clearing<'auth.connect'>(writing<'auth.connect'>(auth['auth.connect'])),
    'auth.signOut': clearing<'auth.signOut'>(auth['auth.signOut']),
    'profiles.save': clearing<'profiles.save'>(auth['profiles.save']),
    'profiles.select': clearing<'profiles.select'>(auth['profiles.select']),
    'profiles.delete': clearing<'profiles.delete'>(auth['profiles.delete']),
    ...session,
    'session.get': writing<'session.get'>(session['session.get']),
    'sites.select': clearing<'sites.select'>(writing<'sites.select'>(session['sites.select'])),
    ...start.handlers,
    ...createCreateMetaHandlers(jira),
    ...create,
    // A create changes the last used project and type, which the frame starts the form at.
    'issue.create': async (payload) => {
      const created = await create['issue.create'](payload);
      await start.refreshStored().catch(() => {});
      return created;
    },
    ...createIssueHandlers(jira),
    ...createCommentHandlers(jira),
    ...createSearchHandlers(jira),
    ...createCaptureHandlers(deps),
    ...createWatchHandlers(deps, watchHooks),
  };
}
