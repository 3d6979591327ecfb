// Test helper: walks the 3LO flow through the simulator like a browser would (authorize page,
// consent form, code exchange) and returns the token response. Used by tests of any module that
// needs a valid bearer token.
import { DEMO_CLIENT } from '../seed/clients.ts';
import type { OAuthClient } from '../types.ts';
import { unescapeHtml } from './html.ts';
import type { TokenResponse } from './tokens.ts';

export const DEFAULT_SCOPES = ['read:jira-work', 'write:jira-work', 'read:jira-user', 'offline_access'];

interface FetchLike {
  fetch: typeof globalThis.fetch;
}

export function authorizeUrl(params: Partial<Record<string, string>> = {}): string {
  const url = new URL('https://auth.atlassian.com/authorize');
  const all: Record<string, string | undefined> = {
    audience: 'api.atlassian.com',
    client_id: DEMO_CLIENT.clientId,
    scope: DEFAULT_SCOPES.join(' '),
    redirect_uri: DEMO_CLIENT.redirectUris[0],
    state: 'state-123',
    response_type: 'code',
    prompt: 'consent',
    ...params,
  };
  for (const [name, value] of Object.entries(all)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}

/** The action and fields of the consent form whose button says `label`. */
export function consentForm(html: string, label: 'Accept' | 'Deny'): { action: string; fields: Record<string, string> } {
  for (const [, attrs = '', inner = ''] of html.matchAll(/<form([^>]*)>([\s\S]*?)<\/form>/g)) {
    if (!new RegExp(`<button[^>]*>${label}</button>`).test(inner)) continue;
    const action = unescapeHtml(/action="([^"]*)"/.exec(attrs)?.[1] ?? '');
    const fields: Record<string, string> = {};
    for (const [, name = '', value = ''] of inner.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
      fields[unescapeHtml(name)] = unescapeHtml(value);
    }
    return { action, fields };
  }
  throw new Error(`no consent form with a ${label} button`);
}

/** Opens the consent page, clicks `label` and returns the redirect Location. */
export async function decide(sim: FetchLike, label: 'Accept' | 'Deny', params: Partial<Record<string, string>> = {}): Promise<URL> {
  const page = await sim.fetch(authorizeUrl(params));
  if (page.status !== 200) throw new Error(`authorize page answered ${page.status}`);
  const form = consentForm(await page.text(), label);
  const answer = await sim.fetch(new URL(form.action, 'https://auth.atlassian.com/').toString(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form.fields).toString(),
    redirect: 'manual',
  });
  const location = answer.headers.get('location');
  if (answer.status !== 302 || !location) throw new Error(`decision answered ${answer.status}`);
  return new URL(location);
}

/** A token request as the client sends it: the grant, with the client's id and secret. */
function tokenRequest(sim: FetchLike, client: OAuthClient, grant: Record<string, string | undefined>): Promise<Response> {
  return sim.fetch('https://auth.atlassian.com/oauth/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...grant, client_id: client.clientId, client_secret: client.clientSecret }),
  });
}

export async function exchangeCode(sim: FetchLike, code: string, client: OAuthClient = DEMO_CLIENT): Promise<Response> {
  return tokenRequest(sim, client, { grant_type: 'authorization_code', code, redirect_uri: client.redirectUris[0] });
}

export async function refreshTokens(sim: FetchLike, refreshToken: string, client: OAuthClient = DEMO_CLIENT): Promise<Response> {
  return tokenRequest(sim, client, { grant_type: 'refresh_token', refresh_token: refreshToken });
}

/** Consents with the demo client and exchanges the code: a fresh token response. */
export async function signIn(sim: FetchLike, scopes: string[] = DEFAULT_SCOPES): Promise<TokenResponse> {
  const location = await decide(sim, 'Accept', { scope: scopes.join(' ') });
  const code = location.searchParams.get('code');
  if (!code) throw new Error(`no code in ${location.toString()}`);
  const response = await exchangeCode(sim, code);
  if (response.status !== 200) throw new Error(`code exchange answered ${response.status}`);
  return (await response.json()) as TokenResponse;
}
