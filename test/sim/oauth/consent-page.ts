// The consent screen of the simulated auth.atlassian.com: plain HTML without scripts, with two
// buttons named exactly "Accept" and "Deny" so browser tests can click them by role and name.
import type { OAuthClient, Site, User } from '../types.ts';
import { escapeHtml, hiddenFields, htmlReply } from './html.ts';

/** Wording after Atlassian's scope descriptions for the classic Jira scopes. */
const SCOPE_DESCRIPTIONS: Record<string, string> = {
  'read:jira-work': 'View Jira issue data',
  'write:jira-work': 'Create and manage issues',
  'read:jira-user': 'View user profiles',
  'manage:jira-project': 'Manage project settings',
  'manage:jira-configuration': 'Manage Jira global settings',
  'manage:jira-webhook': 'Manage Jira webhooks',
  offline_access: 'Access your data even when you are not using the app (refresh tokens)',
  'read:me': 'View active user profile',
};

export const DECISION_PATH = '/authorize/decision';

export interface ConsentRequest {
  client: OAuthClient;
  user: User;
  sites: Site[];
  scopes: string[];
  redirectUri: string;
  state: string;
}

function decisionForm(request: ConsentRequest, decision: 'accept' | 'deny', label: string): string {
  const fields = hiddenFields({
    client_id: request.client.clientId,
    redirect_uri: request.redirectUri,
    response_type: 'code',
    audience: 'api.atlassian.com',
    scope: request.scopes.join(' '),
    state: request.state,
    decision,
  });
  return `<form method="post" action="${DECISION_PATH}">
${fields}
<button type="submit">${label}</button>
</form>`;
}

export function consentPage(request: ConsentRequest) {
  const appName = escapeHtml(request.client.name);
  const scopeItems = request.scopes
    .map((s) => `<li><code>${escapeHtml(s)}</code> ${escapeHtml(SCOPE_DESCRIPTIONS[s] ?? '')}</li>`)
    .join('\n');
  const siteItems = request.sites
    .map((s) => `<li>${escapeHtml(s.name)} (${escapeHtml(s.url)})</li>`)
    .join('\n');
  const body = `<h1>${appName} is requesting access to your Atlassian account</h1>
<p>Signed in as ${escapeHtml(request.user.displayName)} (${escapeHtml(request.user.emailAddress)})</p>
<h2>It wants to</h2>
<ul>
${scopeItems}
</ul>
<h2>On these sites</h2>
<ul>
${siteItems || '<li>(you are not a member of any site)</li>'}
</ul>
${decisionForm(request, 'accept', 'Accept')}
${decisionForm(request, 'deny', 'Deny')}`;
  return htmlReply(200, `${request.client.name} is requesting access`, body);
}

export function errorPage(message: string) {
  return htmlReply(400, 'Something went wrong', `<h1>Something went wrong</h1>\n<p class="error">${escapeHtml(message)}</p>`);
}
