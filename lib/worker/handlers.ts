import type { Handlers } from '../messaging/server.ts';
import { createAuthHandlers } from './auth-handlers.ts';
import { createCaptureHandlers } from './capture-handlers.ts';
import type { WorkerDeps } from './deps.ts';
import { createIssueHandlers } from './issue-handlers.ts';
import type { IssueHandlerOptions } from './jira-context.ts';
import { createSessionHandlers } from './session-handlers.ts';

/** What the worker does for each message type. */
export function createHandlers(deps: WorkerDeps, systemReason?: string, issueOptions?: IssueHandlerOptions): Handlers {
  return {
    ...createAuthHandlers(deps, systemReason),
    ...createSessionHandlers(deps),
    ...createIssueHandlers(deps, issueOptions),
    ...createCaptureHandlers(deps),
  };
}
