// What api.atlassian.com does in front of Jira for /ex/jira/{cloudId}/... requests: resolve the
// site against the token's grant, enforce the operation's OAuth scopes, and (simulator only)
// check request and response against Jira's OpenAPI document.
import { replyContentType } from './http-io.ts';
import { unauthorized } from './oauth/bearer.ts';
import type { RequestToCheck, ResponseToCheck, SpecCheck } from './openapi/validate.ts';
import type { Reply, RequestContext } from './types.ts';

/** The OpenAPI checks (openapi/validate.ts), injectable so the core can be tested without them. */
export interface ApiChecker {
  checkRequest(request: RequestToCheck): SpecCheck;
  checkResponse(response: ResponseToCheck): string[];
}

const JIRA_PREFIX = /^\/ex\/jira\/([^/]+)(\/.*)?$/;

/** `{cloudId, apiPath}` for an /ex/jira/ path, e.g. apiPath `/rest/api/3/issue/ABC-1`. */
export function splitJiraPath(path: string): { cloudId: string; apiPath: string } | undefined {
  const match = JIRA_PREFIX.exec(path);
  if (!match?.[1]) return undefined;
  return { cloudId: decodeURIComponent(match[1]), apiPath: match[2] ?? '/' };
}

function checkedPath(apiPath: string): boolean {
  return apiPath.startsWith('/rest/api/3/');
}

/** Runs before the handler; a Reply means the gateway answers instead of Jira. Sets ctx.site. */
export function beforeJira(ctx: RequestContext, checker: ApiChecker | null): Reply | undefined {
  const parts = splitJiraPath(ctx.path);
  if (!parts || !ctx.auth) return undefined;
  const { grant } = ctx.auth;
  const site = ctx.state.sites.find((s) => s.site.id === parts.cloudId);
  // A cloudId the grant does not cover (unknown, or a site the user never consented for, or one
  // the user has left) is refused by the gateway like a bad token, 401 "Unauthorized": the token
  // carries no authority for that resource, and the gateway does not reveal whether the site exists.
  if (!site || !grant.siteIds.includes(site.site.id) || !site.memberAccountIds.includes(grant.accountId)) {
    return unauthorized();
  }
  ctx.site = site;
  if (!checker || !checkedPath(parts.apiPath)) return undefined;
  const check = checker.checkRequest({
    method: ctx.method,
    path: parts.apiPath,
    query: ctx.query,
    contentType: ctx.headers['content-type'],
    body: ctx.body,
  });
  for (const message of check.violations) ctx.reportViolation?.(message);
  if (check.deprecated) ctx.reportViolation?.(`deprecated operation ${check.operationId ?? '(unknown)'}`);
  const missing = (check.scopes ?? []).filter((scope) => !grant.scopes.includes(scope));
  // A missing scope is a gateway 401, not a Jira 403 (lib/ATLASSIAN.md#scopes).
  if (missing.length > 0) return unauthorized('Unauthorized; scope does not match', 'insufficient_scope');
  return undefined;
}

/** Runs on the handler's reply; records response violations, never changes the reply. */
export function afterJira(ctx: RequestContext, reply: Reply, checker: ApiChecker | null): void {
  const parts = splitJiraPath(ctx.path);
  if (!parts || !checker || !checkedPath(parts.apiPath)) return;
  const contentType = replyContentType(reply);
  // What the client will parse: the body after a trip through JSON.
  const body = reply.body === undefined || typeof reply.body === 'string' ? reply.body : JSON.parse(JSON.stringify(reply.body));
  const messages = checker.checkResponse({ method: ctx.method, path: parts.apiPath, status: reply.status, contentType, body });
  for (const message of messages) ctx.reportViolation?.(`response: ${message}`);
}
