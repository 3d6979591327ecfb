import { CodedError } from '../errors.ts';
import { errorFromResponse } from './error-from-response.ts';
import type { HttpRequest } from './http-request.ts';
import { retryAfterMs } from './retry-after.ts';

// When to send a request again, and after how long. Atlassian: a 429 carries Retry-After (and
// often X-RateLimit-Reset), and sending again earlier "will fail and return the same or longer
// Retry-After period"; some 503s carry Retry-After too and "can be handled with similar logic";
// without a header, back off exponentially with jitter (their example starts at 5 s, caps at 30 s).
// https://developer.atlassian.com/cloud/jira/platform/rate-limiting/
//
// Only idempotent requests are sent again. A create, transition or comment whose answer was an
// error may still have been carried out (RFC 9110 §9.2.2), so the user decides, seeing the wait.

export const MAX_ATTEMPTS = 3;
export const BACKOFF_START_MS = 5_000;
export const BACKOFF_CAP_MS = 30_000;
/** Longer waits than this are shown to the user instead: a popup should not sit silent for minutes. */
export const MAX_HONOURED_WAIT_MS = 60_000;

// Rate limits, gateway and availability errors pass; a 500 is a failure of this request that repeats.
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);

function isTransient(error: CodedError): boolean {
  if (error.code === 'rate_limited' || error.code === 'network') return true;
  return error.code === 'server_error' && TRANSIENT_STATUSES.has(error.details.status ?? 0);
}

/**
 * Milliseconds to wait before attempt `attempt + 1`, after attempt `attempt` (1-based) failed with
 * `error`; undefined when it should not be sent again. Retry-After is honoured exactly; otherwise
 * "full jitter": a random wait up to 5 s, 10 s, 20 s..., never more than 30 s.
 * https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 */
export function retryDelayMs(error: CodedError, attempt: number, random: () => number): number | undefined {
  if (attempt >= MAX_ATTEMPTS || !isTransient(error)) return undefined;
  const asked = error.details.retryAfterMs;
  if (asked !== undefined) return asked <= MAX_HONOURED_WAIT_MS ? asked : undefined;
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_START_MS * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

export interface RetryDeps {
  sleep(ms: number): Promise<void>;
  random(): number;
  now(): number;
  /** Called before each wait, so the UI can say "Jira is busy, trying again in 5 s". */
  onWait?(ms: number): void;
  /** True when the browser knows it has no network (`navigator.onLine` false). A network failure
   *  then fails at once instead of waiting through the backoff (and showing a rate-limit wait):
   *  the page asks again when the browser is back online (components/ui/useRetryWhenOnline.ts). */
  offline?(): boolean;
}

/** The coded error for a 429 or 5xx answer, with a 503's Retry-After kept as well as a 429's. */
async function errorOf(response: Response, now: number): Promise<CodedError> {
  const error = await errorFromResponse(response.clone(), now);
  if (error.details.retryAfterMs !== undefined) return error;
  const wait = retryAfterMs(response.headers, now);
  return wait === undefined ? error : new CodedError(error.code, error.message, { ...error.details, retryAfterMs: wait });
}

/**
 * Wraps a sender: idempotent requests that meet a 429, a transient 5xx or a network failure are
 * sent again per the policy above. The last answer is returned as it came (the operation's
 * processor turns it into the coded error); a last network failure is thrown.
 */
export function createRetryingSender(
  send: (request: HttpRequest) => Promise<Response>,
  deps: RetryDeps,
): (request: HttpRequest) => Promise<Response> {
  return async (request) => {
    for (let attempt = 1; ; attempt++) {
      let error: CodedError;
      let response: Response | undefined;
      try {
        response = await send(request);
        if (!request.idempotent || !TRANSIENT_STATUSES.has(response.status)) return response;
        error = await errorOf(response, deps.now());
      } catch (thrown) {
        if (!(thrown instanceof CodedError)) throw thrown;
        error = thrown;
      }
      const offline = error.code === 'network' && deps.offline?.() === true;
      const delay = request.idempotent && !offline ? retryDelayMs(error, attempt, deps.random) : undefined;
      if (delay === undefined) {
        if (response) return response;
        throw error;
      }
      await response?.body?.cancel().catch(() => {});
      deps.onWait?.(delay);
      await deps.sleep(delay);
    }
  };
}
