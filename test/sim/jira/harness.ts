// Test support for the Jira endpoints: a seeded world with a fixed clock, and `call()` which
// routes a request like the server does, runs the handler directly (no sockets, so tests stay
// fast) and checks request and response against the vendored OpenAPI document.
import { expect } from 'vitest';
import { createRouter } from '../router.ts';
import { checkRequest, checkResponse } from '../openapi/validate.ts';
import { createState } from '../state.ts';
import type { Grant, SimState, SiteState, User } from '../types.ts';
import { jiraRoutes } from './routes.ts';

/** 2026-11-23 09:00 UTC: after every seeded issue (seed/jira-issues.ts SEED_NOW). */
export const TEST_NOW = Date.UTC(2026, 10, 23, 9, 0, 0);

export interface World {
  state: SimState;
  acme: SiteState;
  globex: SiteState;
  /** The first seeded user, the one who signs in. */
  me: User;
  /** Moves the clock by `ms`. */
  advance(ms: number): void;
}

export function world(seed = 1): World {
  const state = createState({ seed });
  let now = TEST_NOW;
  state.now = () => now;
  const [acme, globex] = state.sites;
  const me = state.users[0];
  if (!acme || !globex || !me) throw new Error('the seed must give two sites and a user');
  return { state, acme, globex, me, advance: (ms) => { now += ms; } };
}

export interface CallOptions {
  query?: Record<string, string | string[]>;
  body?: unknown;
  site?: SiteState;
  user?: User;
}

export interface CallResult {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response JSON loosely
  body: any;
  /** Request and response checks against the OpenAPI subset; tests expect none. */
  violations: string[];
}

const router = createRouter(jiraRoutes);

/** `call(w, 'GET', 'issue/BIG-1')`: `path` is relative to /rest/api/3/ and may carry no query. */
export async function call(w: World, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, options: CallOptions = {}): Promise<CallResult> {
  const site = options.site ?? w.acme;
  const user = options.user ?? w.me;
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(options.query ?? {})) for (const item of Array.isArray(v) ? v : [v]) query.append(k, item);
  const apiPath = `/rest/api/3/${path}`;
  const fullPath = `/ex/jira/${site.site.id}${apiPath}`;
  const match = router.match('api.atlassian.com', method, fullPath);
  if (match.kind !== 'found') throw new Error(`no route for ${method} ${apiPath}`);
  const grant: Grant = { id: 'test-grant', clientId: 'test', accountId: user.accountId, scopes: [], siteIds: [site.site.id], revoked: false };
  const body = options.body === undefined ? undefined : JSON.parse(JSON.stringify(options.body));
  const violations = checkRequest({ method, path: apiPath, query, contentType: body === undefined ? undefined : 'application/json', body }).violations;
  const reply = await match.route.handler({
    state: w.state, method, host: 'api.atlassian.com', path: fullPath, params: match.params, query,
    headers: {}, body, auth: { grant, user }, site,
  });
  const json = reply.body === undefined ? undefined : JSON.parse(JSON.stringify(reply.body));
  violations.push(...checkResponse({ method, path: apiPath, status: reply.status, contentType: 'application/json', body: json }));
  return { status: reply.status, body: json, violations };
}

/** `result`, after checking it has `status` and that request and answer kept to the OpenAPI document. */
export function answered(result: CallResult, status: number): CallResult {
  expect(result.violations).toEqual([]);
  expect(result.status).toBe(status);
  return result;
}

/** An ADF document of one paragraph. */
export function doc(text: string): Record<string, unknown> {
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}
