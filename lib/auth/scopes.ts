// OAuth scopes as the user types them and as Atlassian returns them.

/** Without it Atlassian issues no refresh token (lib/ATLASSIAN.md#token-endpoint;
 *  Atlassian "OAuth 2.0 (3LO) apps").
 *  https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/#use-a-refresh-token-to-get-another-access-token-and-refresh-token-pair */
export const OFFLINE_ACCESS = 'offline_access';

/** The classic scopes Atlassian recommends; they cover every operation the extension uses. */
export const DEFAULT_SCOPES: readonly string[] = ['read:jira-work', 'write:jira-work', 'read:jira-user', OFFLINE_ACCESS];

/** scope-token = 1*( %x21 / %x23-5B / %x5D-7E ) (RFC 6749 §3.3).
 *  https://www.rfc-editor.org/rfc/rfc6749#section-3.3 */
export const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

/** Splits on whitespace and commas (people paste both), dropping empties and repeats. */
export function splitScopes(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter((s) => s !== ''))];
}
