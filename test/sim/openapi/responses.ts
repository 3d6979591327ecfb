// Which documented response a status falls under, and which undocumented statuses are still
// legitimate because something in front of Jira's REST resources sends them.

import type { Operation, ResponseObject } from './spec.ts';

/**
 * Answered for any operation, documented or not:
 * - 401: api.atlassian.com rejects a missing or expired token, or one whose scopes do not
 *   cover the operation (`{"code":401,"message":"Unauthorized; scope does not match"}`),
 *   before Jira sees the request.
 * - 429: rate limits apply to every operation (developer.atlassian.com "Rate limiting"), yet
 *   only findAssignableUsers documents a 429 in the subset.
 * - 500, 502, 503, 504: server and gateway failures; the rate-limiting guide says some 503s
 *   carry Retry-After. No operation documents them.
 * 403 and 404 are deliberately not here: those come from Jira itself and are documented where
 * Jira gives them (getIssue documents 404 but not 403, because Jira hides issues you may not
 * browse behind a 404), so an undocumented one is a simulator bug.
 */
export const GATEWAY_STATUSES: ReadonlySet<number> = new Set([401, 429, 500, 502, 503, 504]);

/** The exact status, then an OpenAPI range such as `4XX`, then `default`. */
export function responseFor(operation: Operation, status: number): ResponseObject | undefined {
  const responses = operation.responses ?? {};
  return responses[String(status)] ?? responses[`${Math.floor(status / 100)}XX`] ?? responses['default'];
}

/** The gateway's own error body, which is not Jira's ErrorCollection. */
export function isGatewayBody(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { code, message } = body as Record<string, unknown>;
  return typeof code === 'number' && typeof message === 'string';
}

/**
 * A status the document does not list but Jira Cloud still sends: the gateway statuses, and 410
 * from an operation marked deprecated, because that is how Atlassian retires them while the
 * document still lists them (CHANGE-2046: GET|POST /rest/api/3/search answer 410 with an
 * ErrorCollection pointing to /rest/api/3/search/jql).
 */
export function undocumentedStatusAllowed(operation: Operation, status: number): boolean {
  return GATEWAY_STATUSES.has(status) || (status === 410 && operation.deprecated === true);
}
