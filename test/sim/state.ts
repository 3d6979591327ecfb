// Builds the simulator's whole mutable world from the options: the same seed always gives the
// same users, sites, projects and issues; grants, codes and tokens start empty.
import { createRandom } from './random.ts';
import { seedClients } from './seed/clients.ts';
import { seedSites } from './seed/sites.ts';
import { seedUsers } from './seed/users.ts';
import type { SimOptions, SimState } from './types.ts';

export { DEMO_CLIENT, DEMO_EXTENSION_ID, DEMO_REDIRECT_URI } from './seed/clients.ts';

export const DEFAULT_OPTIONS: Readonly<SimOptions> = Object.freeze({
  seed: 1,
  accessTokenTtlSeconds: 3600, // Atlassian: expires_in 3600 (lib/ATLASSIAN.md#token-endpoint)
  refreshLeewaySeconds: 600, // Atlassian: 10-minute reuse leeway (lib/ATLASSIAN.md#rotating-refresh-tokens)
  codeTtlSeconds: 300,
  clients: [],
  bigProjectIssueCount: 120,
});

export function resolveOptions(options: Partial<SimOptions> = {}): SimOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_OPTIONS, ...defined, clients: [...(options.clients ?? [])] };
}

export function createState(options: Partial<SimOptions> = {}): SimState {
  const resolved = resolveOptions(options);
  const rand = createRandom(resolved.seed);
  const users = seedUsers();
  const first = users[0];
  if (!first) throw new Error('the user seed is empty');
  return {
    options: resolved,
    now: () => Date.now(),
    clients: seedClients(resolved.clients),
    users,
    sites: seedSites(rand, users, { bigProjectIssueCount: resolved.bigProjectIssueCount }),
    grants: [],
    codes: new Map(),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    currentAccountId: first.accountId,
  };
}
