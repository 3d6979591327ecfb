// Retrying after failures that say nothing about the request itself (no connection, a 5xx):
// exponential backoff with jitter, as Atlassian advises, so many clients do not retry in step.
// https://developer.atlassian.com/cloud/jira/platform/rate-limiting/

export interface BackoffOptions {
  /** Waits before each retry; their count is the number of retries. */
  delaysMs: readonly number[];
  sleep(ms: number): Promise<void>;
  /** In [0, 1); spreads each wait over 75–125 % of its nominal length. */
  random(): number;
}

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [500, 1000, 2000];

export async function withBackoff<T>(
  attempt: () => Promise<T>,
  retryable: (error: unknown) => boolean,
  options: BackoffOptions,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = options.delaysMs[retry];
      if (delay === undefined || !retryable(error)) throw error;
      await options.sleep(Math.round(delay * (0.75 + options.random() / 2)));
    }
  }
}
