// Remembers the Retry-After deadline each 429 announced. Atlassian: "If you reissue the request
// before the retry period expires, the request will fail and return the same or longer
// Retry-After period" (developer.atlassian.com "Rate limiting"). A client that does so is
// misbehaving, so the simulator answers 429 again and records a violation.

export interface RetryDeadlines {
  /** Remember that `key` must not be retried before `until` (ms). */
  set(key: string, until: number): void;
  /** Milliseconds still to wait for `key` at `now`, or 0 when it may be sent. */
  remaining(key: string, now: number): number;
  clear(): void;
}

export function requestKey(request: { host: string; method: string; path: string }): string {
  return `${request.method} ${request.host}${request.path}`;
}

export function createRetryDeadlines(): RetryDeadlines {
  const deadlines = new Map<string, number>();
  return {
    set(key, until) {
      deadlines.set(key, Math.max(until, deadlines.get(key) ?? 0));
    },
    remaining(key, now) {
      const until = deadlines.get(key);
      if (until === undefined) return 0;
      if (now >= until) {
        deadlines.delete(key);
        return 0;
      }
      return until - now;
    },
    clear() {
      deadlines.clear();
    },
  };
}
