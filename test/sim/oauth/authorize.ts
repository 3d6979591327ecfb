// GET https://auth.atlassian.com/authorize (the consent screen) and the form it posts back.
// Behaviour after lib/ATLASSIAN.md#authorization-request: exact redirect_uri match, audience,
// scope, state; Deny redirects with error=access_denied; Accept redirects with a single-use code.
import type { Reply, RequestContext, Route } from '../types.ts';
import { checkAuthorizeRequest, redirectWith, type AuthorizeCheck } from './authorize-request.ts';
import { consentPage, DECISION_PATH, errorPage } from './consent-page.ts';
import { issueCode, upsertGrant } from './grants.ts';

function redirect(location: string): Reply {
  return { status: 302, headers: { Location: location, 'Cache-Control': 'no-store' }, body: '' };
}

/** Answers a failed check; both kinds are requests a correct client never sends. */
function refuse(ctx: RequestContext, check: Exclude<AuthorizeCheck, { kind: 'ok' }>): Reply {
  if (check.kind === 'page-error') {
    ctx.reportViolation?.(`authorize: ${check.message}`);
    return errorPage(check.message);
  }
  ctx.reportViolation?.(`authorize: ${check.error}: ${check.description}`);
  return redirect(
    redirectWith(check.redirectUri, { error: check.error, error_description: check.description, state: check.state }),
  );
}

function showConsent(ctx: RequestContext): Reply {
  const check = checkAuthorizeRequest(ctx.state, Object.fromEntries(ctx.query));
  if (check.kind !== 'ok') return refuse(ctx, check);
  const user = ctx.state.users.find((u) => u.accountId === ctx.state.currentAccountId);
  if (!user) throw new Error(`currentAccountId ${ctx.state.currentAccountId} names no user`);
  const sites = ctx.state.sites.filter((s) => s.memberAccountIds.includes(user.accountId)).map((s) => s.site);
  return consentPage({ client: check.client, user, sites, scopes: check.scopes, redirectUri: check.redirectUri, state: check.state });
}

function formFields(body: unknown): Record<string, string | undefined> {
  if (typeof body !== 'object' || body === null) return {};
  const fields: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(body)) if (typeof value === 'string') fields[name] = value;
  return fields;
}

function decide(ctx: RequestContext): Reply {
  const fields = formFields(ctx.body);
  // The hidden fields come back from the browser, so they are checked again as if new.
  const check = checkAuthorizeRequest(ctx.state, fields);
  if (check.kind !== 'ok') return refuse(ctx, check);
  if (fields.decision === 'deny') {
    return redirect(
      redirectWith(check.redirectUri, {
        error: 'access_denied',
        error_description: 'The user did not authorize the app.',
        state: check.state,
      }),
    );
  }
  if (fields.decision !== 'accept') {
    ctx.reportViolation?.(`authorize decision: unexpected decision "${fields.decision ?? ''}"`);
    return errorPage('Unknown decision.');
  }
  const grant = upsertGrant(ctx.state, check.client.clientId, ctx.state.currentAccountId, check.scopes);
  const code = issueCode(ctx.state, grant, check.redirectUri);
  return redirect(redirectWith(check.redirectUri, { code: code.code, state: check.state }));
}

export const authorizeRoutes: Route[] = [
  { host: 'auth.atlassian.com', method: 'GET', pattern: '/authorize', needsToken: false, handler: showConsent },
  { host: 'auth.atlassian.com', method: 'POST', pattern: DECISION_PATH, needsToken: false, handler: decide },
];
