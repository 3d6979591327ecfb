// The api.atlassian.com gateway's token check, run before every route that needs a token.
import type { Grant, Reply, SimState, User } from '../types.ts';
import { authenticate } from './tokens.ts';

export type BearerCheck =
  | { ok: true; auth: { grant: Grant; user: User } }
  | { ok: false; reply: Reply };

/** The gateway's 401 body (lib/ATLASSIAN.md#scopes); WWW-Authenticate per RFC 6750 §3. */
export function unauthorized(message = 'Unauthorized', error = 'invalid_token'): Reply {
  return {
    status: 401,
    headers: { 'WWW-Authenticate': `Bearer realm="api.atlassian.com", error="${error}"` },
    body: { code: 401, message },
  };
}

export function checkBearer(state: SimState, authorization: string | undefined): BearerCheck {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) {
    return {
      ok: false,
      reply: { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="api.atlassian.com"' }, body: { code: 401, message: 'Unauthorized' } },
    };
  }
  const auth = authenticate(state, match[1]);
  if (!auth) return { ok: false, reply: unauthorized() };
  return { ok: true, auth };
}
