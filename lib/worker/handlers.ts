import type { Handlers } from '../messaging/server.ts';
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

/** What the worker does for each message type (lib/messaging/README.md). The Jira actions share
 *  one context: the selected profile's sender, the metadata cache and the retry waits. */
export function createHandlers(
  deps: WorkerDeps,
  systemReason?: SystemUnavailable,
  issueOptions?: IssueHandlerOptions,
  watchHooks: WatchHooks = NO_WATCH_HOOKS,
): Handlers {
  const jira = createIssueContext(deps, issueOptions);
  return {
    ...createAuthHandlers(deps, systemReason),
    ...createSessionHandlers(deps),
    ...createCreateMetaHandlers(jira),
    ...createCreateHandlers(jira),
    ...createIssueHandlers(jira),
    ...createCommentHandlers(jira),
    ...createSearchHandlers(jira),
    ...createCaptureHandlers(deps),
    ...createWatchHandlers(deps, watchHooks),
  };
}
