import type { Handlers } from '../messaging/server.ts';
import { createAuthHandlers } from './auth-handlers.ts';
import type { WorkerDeps } from './deps.ts';
import { createSessionHandlers } from './session-handlers.ts';

/** What the worker does for each message type. */
export function createHandlers(deps: WorkerDeps, systemReason?: string): Handlers {
  return { ...createAuthHandlers(deps, systemReason), ...createSessionHandlers(deps) };
}
