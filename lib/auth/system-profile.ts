// The built-in ("system") app, configured when the extension is built. Atlassian's token endpoint
// needs the client secret (no PKCE for Jira REST, lib/ATLASSIAN.md#client-secret-no-pkce), so a
// build either sends token requests through a broker that adds the secret, or embeds the secret
// with an explicit opt-in, knowing that a secret inside a shipped extension is public
// (RFC 8252 §8.5).
import type { AuthProfile } from './profile.ts';
import { DEFAULT_AUDIENCE, DEFAULT_AUTHORIZATION_URL, DEFAULT_TOKEN_URL } from './profile.ts';
import { DEFAULT_SCOPES } from './scopes.ts';
import type { SystemUnavailable } from './system-unavailable.ts';

export interface SystemAppConfig {
  clientId?: string;
  tokenBrokerUrl?: string;
  clientSecret?: string;
  embedSecret?: string;
}

export const SYSTEM_PROFILE_ID = 'system';

export type SystemApp =
  | { available: true; profile: AuthProfile; secret: string }
  | { available: false; reason: SystemUnavailable };

export function systemApp(config: SystemAppConfig): SystemApp {
  const clientId = config.clientId?.trim();
  if (!clientId) return { available: false, reason: 'no_app' };
  const base = {
    id: SYSTEM_PROFILE_ID,
    kind: 'system' as const,
    name: 'Built-in app',
    clientId,
    authorizationUrl: DEFAULT_AUTHORIZATION_URL,
    scopes: [...DEFAULT_SCOPES],
    audience: DEFAULT_AUDIENCE,
  };
  const broker = config.tokenBrokerUrl?.trim();
  if (broker?.startsWith('https://')) {
    // The broker receives Atlassian's token request without the secret and adds it on its side.
    return { available: true, profile: { ...base, tokenUrl: broker, refreshUrl: broker }, secret: '' };
  }
  const secret = config.clientSecret?.trim();
  if (secret && config.embedSecret === 'true') {
    return { available: true, profile: { ...base, tokenUrl: DEFAULT_TOKEN_URL, refreshUrl: DEFAULT_TOKEN_URL }, secret };
  }
  return { available: false, reason: 'no_secret' };
}
