// Scripted failures: tests queue "the next N matching requests fail like this" to exercise the
// client's retry, backoff and offline paths against the same network stack as production.
import type { Reply } from './types.ts';

export type Fault =
  | {
      kind: 'status';
      status: 429 | 500 | 503;
      /** 429: defaults to 1. 503: sent only when given. */
      retryAfterSeconds?: number;
      /** 429 only: send X-RateLimit-Reset (default true; Atlassian says "may be accompanied by"). */
      rateLimitReset?: boolean;
    }
  | { kind: 'delay'; ms: number }
  /** Destroy the socket without answering. */
  | { kind: 'drop' }
  /** Take the request and never answer: the connection stays open until the client gives up or the
   *  simulator closes (a gateway that hangs; only a client-side deadline ends it). */
  | { kind: 'hang' };

/** Retry-After of a 429 fault that names none. */
export const DEFAULT_RETRY_AFTER_SECONDS = 1;

export interface FaultMatch {
  host?: string;
  method?: string;
  pathIncludes?: string;
}

export interface Faults {
  /** The next `count` requests matching `match` (all requests when omitted) get `fault`. */
  next(count: number, fault: Fault, match?: FaultMatch): void;
  clear(): void;
}

export interface FaultQueue extends Faults {
  /** Consumes and returns the fault for this request, if any. */
  take(request: { host: string; method: string; path: string }): Fault | undefined;
}

interface Rule {
  remaining: number;
  fault: Fault;
  match: FaultMatch;
}

function matches(match: FaultMatch, request: { host: string; method: string; path: string }): boolean {
  return (
    (match.host === undefined || match.host === request.host) &&
    (match.method === undefined || match.method.toUpperCase() === request.method) &&
    (match.pathIncludes === undefined || request.path.includes(match.pathIncludes))
  );
}

export function createFaults(): FaultQueue {
  const rules: Rule[] = [];
  return {
    next(count, fault, match = {}) {
      if (!Number.isInteger(count) || count < 1) throw new Error(`fault count must be a positive integer, got ${count}`);
      rules.push({ remaining: count, fault, match });
    },
    clear() {
      rules.length = 0;
    },
    take(request) {
      const index = rules.findIndex((rule) => matches(rule.match, request));
      const rule = rules[index];
      if (!rule) return undefined;
      rule.remaining -= 1;
      if (rule.remaining <= 0) rules.splice(index, 1);
      return rule.fault;
    },
  };
}

/** Atlassian documents X-RateLimit-Reset as "the request timestamp plus the Retry-After period"
 *  in the format yyyy-MM-ddTHH:mmZ (developer.atlassian.com "Rate limiting"); the minutes are
 *  truncated, so a client that waits only for this header may come back early, as in production. */
export function formatRateLimitReset(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}

/** The answer for a status fault, with Jira's ErrorCollection body (spec: ErrorCollection). */
export function statusFaultReply(fault: Extract<Fault, { kind: 'status' }>, now: number): Reply {
  const headers: Record<string, string> = {};
  if (fault.status === 429) {
    const retryAfter = fault.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
    // lib/ATLASSIAN.md#rate-limits: Retry-After in seconds, often X-RateLimit-Reset, plus
    // RateLimit-Reason naming the limit that was hit.
    headers['Retry-After'] = String(retryAfter);
    if (fault.rateLimitReset !== false) headers['X-RateLimit-Reset'] = formatRateLimitReset(now + retryAfter * 1000);
    headers['X-RateLimit-Remaining'] = '0';
    headers['RateLimit-Reason'] = 'jira-burst-based';
    return { status: 429, headers, body: { errorMessages: ['Rate limit exceeded.'], errors: {} } };
  }
  if (fault.retryAfterSeconds !== undefined) headers['Retry-After'] = String(fault.retryAfterSeconds);
  const message = fault.status === 503 ? 'Service Unavailable' : 'Internal server error';
  return { status: fault.status, headers, body: { errorMessages: [message], errors: {} } };
}
