// What every issue action shares: the selected profile (connected, or the reason it is not), a
// sender for Jira as that profile, the metadata cache, and the site's address for links.
import type { AuthProfile } from '../auth/profile.ts';
import { createRetryingSender } from '../jira/rate-limit.ts';
import { createMetaCache, type MetaCache } from '../storage/meta-cache.ts';
import { apiSendFor } from './api-send.ts';
import { connectedProfile } from './connected-profile.ts';
import type { WorkerDeps } from './deps.ts';
import { LOST_CREATE_CHECKS_MS } from './lost-create.ts';
import { siteUrlOf, type Send } from './session.ts';

export interface IssueHandlerOptions {
  /** Waits between retries and lost-create checks; tests pass one that records and returns. */
  sleep?(ms: number): Promise<void>;
  /** For the retry jitter; Math.random by default. */
  random?(): number;
  /** Receives each background cache reload (stale-while-revalidate). */
  background?(task: Promise<void>): void;
  /** How long to wait before each lost-create check. */
  lostCreateChecksMs?: readonly number[];
  /** Told before each wait between retries, so open pages can show it (lib/messaging/wait-notice.ts). */
  onWait?(ms: number): void;
  /** Whether the browser knows it is offline: a network failure is then not sent again. */
  offline?(): boolean;
}

export interface JiraCall {
  profile: AuthProfile;
  /** Sends as the profile (401 → refresh once → send once more). Idempotent requests are also sent
   *  again after a 429 (waiting out Retry-After), a passing 5xx or a network failure; the rest,
   *  such as a create, exactly once (lib/jira/rate-limit.ts). */
  send: Send;
  /** Sends as the profile with no retry beyond the 401 refresh: for checks that must stay short. */
  sendOnce: Send;
}

export interface IssueContext {
  deps: WorkerDeps;
  cache: MetaCache;
  sleep(ms: number): Promise<void>;
  lostCreateChecksMs: readonly number[];
  /** The selected profile and its senders; throws not_connected / reconnect_needed.
   *
   *  The `siteId` of a message is not checked against the profile's sites: that would cost a
   *  request per action (or trust a list that may be stale). The gateway refuses a cloudId the
   *  grant does not cover (401, or 404 for an unknown site), and that refusal reaches the page as
   *  the action's error. */
  jira(): Promise<JiraCall>;
  /** The site's address (for browse links), or undefined when it cannot be found; never throws. */
  siteUrl(call: JiraCall, siteId: string): Promise<string | undefined>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createIssueContext(deps: WorkerDeps, options: IssueHandlerOptions = {}): IssueContext {
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const cache = createMetaCache({
    area: deps.local,
    now: () => deps.now(),
    ...(options.background ? { background: options.background } : {}),
  });
  return {
    deps,
    cache,
    sleep,
    lostCreateChecksMs: options.lostCreateChecksMs ?? LOST_CREATE_CHECKS_MS,
    async jira() {
      const profile = await connectedProfile(deps);
      const sendOnce = apiSendFor(deps, profile);
      const send = createRetryingSender(sendOnce, {
        sleep,
        random,
        now: () => deps.now(),
        ...(options.onWait ? { onWait: options.onWait } : {}),
        ...(options.offline ? { offline: options.offline } : {}),
      });
      return { profile, send, sendOnce };
    },
    async siteUrl(call, siteId) {
      try {
        return await siteUrlOf(deps.session, call.profile.id, call.sendOnce, siteId);
      } catch {
        return undefined;
      }
    },
  };
}
