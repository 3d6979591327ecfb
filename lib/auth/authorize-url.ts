// The address of Atlassian's consent page for a profile.
// https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/#1--direct-the-user-to-the-authorization-url-to-get-an-authorization-code
import type { AuthProfile } from './profile.ts';

export function authorizeUrl(
  profile: Pick<AuthProfile, 'authorizationUrl' | 'audience' | 'clientId' | 'scopes'>,
  redirectUri: string,
  state: string,
): string {
  // Set, not appended: a query already in the endpoint URL is kept (RFC 6749 §3.1), ours win.
  const url = new URL(profile.authorizationUrl);
  const params: Record<string, string> = {
    audience: profile.audience,
    client_id: profile.clientId,
    scope: profile.scopes.join(' '),
    redirect_uri: redirectUri,
    state,
    response_type: 'code',
    // Atlassian's documented value: the consent screen is shown every time, so the user sees
    // which account and sites they are granting.
    prompt: 'consent',
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  // URLSearchParams writes a space as "+"; Atlassian's own examples use %20. A literal "+" is
  // already %2B here, so every "+" left is a space.
  url.search = url.searchParams.toString().replaceAll('+', '%20');
  return url.toString();
}
