// How long Atlassian asked us to wait. Retry-After is whole seconds or an HTTP date (RFC 9110
// §10.2.3); X-RateLimit-Reset is an ISO 8601 instant.
// https://developer.atlassian.com/cloud/jira/platform/rate-limiting/
//
// A header that is neither counts as absent, so the caller backs off with jitter instead of
// sending again at once: Number('') is 0, and Date.parse reads "-1" or "later 2" as a day in 2001.
// https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3

/** delay-seconds = 1*DIGIT (RFC 9110 §10.2.3). */
const DELAY_SECONDS = /^\d+$/;
/** Every HTTP-date form starts with the day name (RFC 9110 §5.6.7). */
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*[, ]/;
/** Atlassian's X-RateLimit-Reset, e.g. 2026-11-23T12:05Z. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T/;

function instant(value: string): number | undefined {
  const at = Date.parse(value);
  return Number.isFinite(at) ? at : undefined;
}

export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('Retry-After')?.trim();
  if (retryAfter !== undefined) {
    if (DELAY_SECONDS.test(retryAfter)) return Number(retryAfter) * 1000;
    const at = HTTP_DATE.test(retryAfter) ? instant(retryAfter) : undefined;
    if (at !== undefined) return Math.max(0, at - now);
  }
  const reset = headers.get('X-RateLimit-Reset')?.trim();
  const at = reset !== undefined && ISO_INSTANT.test(reset) ? instant(reset) : undefined;
  return at === undefined ? undefined : Math.max(0, at - now);
}
