// Grants (one user's consent to one app) and the authorization codes that hand them to the app.
import { randomBytes, randomUUID } from 'node:crypto';
import type { AuthCode, Grant, SimState } from '../types.ts';

/** Opaque, unguessable credential (codes and tokens are bearer secrets). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function findGrant(state: SimState, grantId: string): Grant | undefined {
  return state.grants.find((g) => g.id === grantId);
}

/** The user's live grant for this client, updated to this consent, or a new one. The latest
 *  consent defines the scopes (so dropping offline_access from a request drops refresh tokens,
 *  lib/ATLASSIAN.md#token-endpoint) and the sites (current memberships).
 *  A revoked grant is never revived: after revocation the user consents again into a fresh grant
 *  (Atlassian: reuse detection means "the user must consent again", community t/54172). */
export function upsertGrant(state: SimState, clientId: string, accountId: string, scopes: string[]): Grant {
  // One grant covers every site the user can reach (lib/ATLASSIAN.md#authorization-request).
  const siteIds = state.sites.filter((s) => s.memberAccountIds.includes(accountId)).map((s) => s.site.id);
  const live = state.grants.find((g) => g.clientId === clientId && g.accountId === accountId && !g.revoked);
  if (live) {
    live.scopes = [...new Set(scopes)];
    live.siteIds = siteIds;
    return live;
  }
  const grant: Grant = { id: randomUUID(), clientId, accountId, scopes: [...new Set(scopes)], siteIds, revoked: false };
  state.grants.push(grant);
  return grant;
}

export function issueCode(state: SimState, grant: Grant, redirectUri: string): AuthCode {
  const code: AuthCode = {
    code: newSecret(),
    grantId: grant.id,
    clientId: grant.clientId,
    redirectUri,
    expiresAt: state.now() + state.options.codeTtlSeconds * 1000,
    used: false,
  };
  state.codes.set(code.code, code);
  return code;
}

/** Revokes one grant, or every grant when no id is given; its tokens stop working because every
 *  token check consults the grant. */
export function revokeGrants(state: SimState, grantId?: string): void {
  for (const grant of state.grants) {
    if (grantId === undefined || grant.id === grantId) grant.revoked = true;
  }
}
