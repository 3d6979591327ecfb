// The one message the worker sends to pages unasked: Jira said "wait" (a 429 or a 503 with
// Retry-After, or a backoff after a passing failure) and a read will be sent again at `until`.
// The page that asked is only waiting for its answer; this lets it say why, and for how long.
// https://developer.atlassian.com/cloud/jira/platform/rate-limiting/
import * as z from 'zod/mini';
import { isOwnPage, type MessageSender } from './own-page.ts';

const waitNoticeSchema = z.object({
  notice: z.literal('jira_wait'),
  /** Epoch milliseconds at which the request is sent again. */
  until: z.number(),
});
export type WaitNotice = z.infer<typeof waitNoticeSchema>;

export const waitNotice = (until: number): WaitNotice => ({ notice: 'jira_wait', until });

/** The notice in `message`, when it is one and comes from this extension; else undefined. Pages see
 *  every runtime message of the extension (other pages' requests too), so anything else is ignored. */
export function readWaitNotice(
  message: unknown,
  sender: MessageSender,
  own: { extensionId: string; extensionOrigin: string },
): WaitNotice | undefined {
  if (!isOwnPage(sender, own.extensionId, own.extensionOrigin)) return undefined;
  const parsed = waitNoticeSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}

type Listener = (message: unknown, sender: MessageSender) => void;

/** The part of `runtime` that listening needs (browser.runtime in a page). */
export interface RuntimeEvents {
  id: string;
  getURL(path: string): string;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

/** Calls `listener` with the retry time of each wait notice; returns the unsubscribe. The listener
 *  returns nothing, so it never answers a message meant for the worker (another page's request
 *  reaches this page too). */
export function subscribeWaitNotices(runtime: RuntimeEvents, listener: (until: number) => void): () => void {
  const own = { extensionId: runtime.id, extensionOrigin: runtime.getURL('/') };
  const onMessage: Listener = (message, sender) => {
    const notice = readWaitNotice(message, sender, own);
    if (notice) listener(notice.until);
  };
  runtime.onMessage.addListener(onMessage);
  return () => runtime.onMessage.removeListener(onMessage);
}
