// OAuth 2.0 (3LO) apps registered with the simulated auth.atlassian.com.
import type { OAuthClient } from '../types.ts';

/** The Chrome extension id follows the manifest `key`, and Chrome's identity.getRedirectURL() is
 *  `https://<extension-id>.chromiumapp.org/` (lib/ATLASSIAN.md#redirect-urls). */
export const DEMO_EXTENSION_ID = 'kgcfpfaikodlimniaiobimlmldeochnc';
export const DEMO_REDIRECT_URI = `https://${DEMO_EXTENSION_ID}.chromiumapp.org/`;
/** Firefox: `https://<sha1 of the add-on id>.extensions.allizom.org/` for quick-actions-for-jira@qaj.dev. */
export const DEMO_FIREFOX_REDIRECT_URI = 'https://02d60b174c7efc563e0aec63a8b8e6ba9f97675e.extensions.allizom.org/';

export const DEMO_CLIENT: Readonly<OAuthClient> = Object.freeze({
  clientId: 'qaj-demo-client',
  clientSecret: 'qaj-demo-secret',
  name: 'Quick Actions for Jira (simulator demo)',
  redirectUris: Object.freeze([DEMO_REDIRECT_URI, DEMO_FIREFOX_REDIRECT_URI]) as string[],
});

export function seedClients(extra: readonly OAuthClient[] = []): OAuthClient[] {
  return [DEMO_CLIENT, ...extra].map((client) => ({ ...client, redirectUris: [...client.redirectUris] }));
}
