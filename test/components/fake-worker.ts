// The worker as component tests see it: a `request` that answers the messages a test sets up and
// fails the test on any other, with what each message type was sent.
import { vi } from 'vitest';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { MessageType, ReplyOf, RequestOf } from '../../lib/messaging/protocol.ts';

export type Handlers = { [T in MessageType]?: (payload: RequestOf<T>) => ReplyOf<T> | Promise<ReplyOf<T>> };

/** What the popup asks for besides the session (its cached first paint, and the lists of the
 *  Create tab, open by default): answered with nothing so that tests about the shell need not set
 *  it up. A test may answer these itself. */
const createTabDefaults: Handlers = {
  // Nothing cached: the popup waits for session.get, as on a browser's first open.
  'session.cached': async () => null,
  'projects.list': async () => ({ projects: [] }),
  'create.lastUsed': async () => ({}),
};

export function fakeWorker(handlers: Handlers) {
  const all: Handlers = { ...createTabDefaults, ...handlers };
  const fn = vi.fn(async (type: MessageType, payload: unknown): Promise<unknown> => {
    const handler = all[type] as ((payload: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`unexpected message ${type}`);
    return handler(payload);
  });
  /** The payloads sent with one message type, in order. */
  const calls = (type: MessageType) => fn.mock.calls.filter(([t]) => t === type).map(([, payload]) => payload);
  /** `fn`: every message sent, as a mock. */
  return { request: fn as unknown as MessageClient, calls, fn };
}
