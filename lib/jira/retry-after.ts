// How long Atlassian asked us to wait. Retry-After is in seconds (RFC 9110 §10.2.3, may also be an
// HTTP date); X-RateLimit-Reset is an ISO 8601 instant.
// https://developer.atlassian.com/cloud/jira/platform/rate-limiting/
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('Retry-After');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter.trim());
    if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const reset = headers.get('X-RateLimit-Reset');
  if (reset !== null) {
    const at = Date.parse(reset);
    if (Number.isFinite(at)) return Math.max(0, at - now);
  }
  return undefined;
}
