import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiChecker } from '../jira-gateway.ts';
import { startSimulator, type Simulator } from '../server.ts';
import type { RequestContext } from '../types.ts';
import { signIn } from './sign-in.ts';

const RESOURCES = 'https://api.atlassian.com/oauth/token/accessible-resources';

// A stand-in for the OpenAPI checks, so these tests do not depend on the spec.
const checker = {
  scopes: ['read:jira-work'] as string[] | null,
  requestViolations: [] as string[],
  responseViolations: [] as string[],
  deprecated: false,
  seen: [] as { path: string; query: string; body: unknown }[],
};
const fakeChecker: ApiChecker = {
  checkRequest: (req) => {
    checker.seen.push({ path: req.path, query: req.query.toString(), body: req.body });
    return { operationId: 'getThing', deprecated: checker.deprecated, scopes: checker.scopes, violations: checker.requestViolations };
  },
  checkResponse: () => checker.responseViolations,
};

let sim: Simulator;
let handled: RequestContext[];
beforeEach(async () => {
  sim = await startSimulator({ apiChecker: fakeChecker });
  handled = [];
  Object.assign(checker, { scopes: ['read:jira-work'], requestViolations: [], responseViolations: [], deprecated: false, seen: [] });
  sim.routes({
    host: 'api.atlassian.com',
    method: 'POST',
    pattern: '/ex/jira/:cloudId/rest/api/3/sim-test/:thing',
    handler: (ctx) => {
      handled.push(ctx);
      return { status: 200, body: { thing: ctx.params.thing } };
    },
  });
});
afterEach(() => sim.close());

function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}

describe('accessible-resources', () => {
  it('lists the sites of the grant as a bare array', async () => {
    const tokens = await signIn(sim);
    const response = await sim.fetch(RESOURCES, { headers: bearer(tokens.access_token) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { id: string }[];
    const expected = sim.state.sites.filter((s) => s.memberAccountIds.includes(sim.state.currentAccountId));
    expect(body.map((r) => r.id).sort()).toEqual(expected.map((s) => s.site.id).sort());
    for (const { site } of expected) {
      expect(body).toContainEqual({
        id: site.id,
        name: site.name,
        url: site.url,
        avatarUrl: site.avatarUrl,
        scopes: ['read:jira-work', 'write:jira-work', 'read:jira-user'],
      });
    }
  });

  it('answers a missing token with 401, the way a client learns it is not connected', async () => {
    const response = await sim.fetch(RESOURCES);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await response.json()).toEqual({ code: 401, message: 'Unauthorized' });
    expect(sim.takeViolations()).toEqual([]);
  });

  it('answers an unknown token with 401', async () => {
    const response = await sim.fetch(RESOURCES, { headers: bearer('made-up') });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 401, message: 'Unauthorized' });
    expect(sim.takeViolations()).toEqual([]);
  });
});

describe('access-token expiry', () => {
  it('follows accessTokenTtlSeconds', async () => {
    await sim.close();
    sim = await startSimulator({ apiChecker: null, accessTokenTtlSeconds: 60 });
    const tokens = await signIn(sim);
    expect(tokens.expires_in).toBe(60);
    const start = Date.now();
    sim.state.now = () => start + 59_000;
    expect((await sim.fetch(RESOURCES, { headers: bearer(tokens.access_token) })).status).toBe(200);
    sim.state.now = () => start + 61_000;
    expect((await sim.fetch(RESOURCES, { headers: bearer(tokens.access_token) })).status).toBe(401);
  });

  it('expireAccessTokens() expires every token issued so far, not later ones', async () => {
    const old = await signIn(sim);
    sim.expireAccessTokens();
    expect((await sim.fetch(RESOURCES, { headers: bearer(old.access_token) })).status).toBe(401);
    const fresh = await signIn(sim);
    expect((await sim.fetch(RESOURCES, { headers: bearer(fresh.access_token) })).status).toBe(200);
  });
});

describe('the /ex/jira/{cloudId} gateway', () => {
  async function call(token: string, cloudId: string, init: RequestInit = {}): Promise<Response> {
    return sim.fetch(`https://api.atlassian.com/ex/jira/${cloudId}/rest/api/3/sim-test/abc?x=1`, {
      method: 'POST',
      headers: { ...bearer(token), 'Content-Type': 'application/json' },
      body: JSON.stringify({ a: 1 }),
      ...init,
    });
  }

  function firstSiteId(): string {
    const site = sim.state.sites.find((s) => s.memberAccountIds.includes(sim.state.currentAccountId));
    if (!site) throw new Error('the seed gives the first user no site');
    return site.site.id;
  }

  it('sets ctx.site and ctx.auth and passes the API path to the checks', async () => {
    const tokens = await signIn(sim);
    const response = await call(tokens.access_token, firstSiteId());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ thing: 'abc' });
    expect(handled[0]?.site?.site.id).toBe(firstSiteId());
    expect(handled[0]?.auth?.user.accountId).toBe(sim.state.currentAccountId);
    expect(checker.seen).toEqual([{ path: '/rest/api/3/sim-test/abc', query: 'x=1', body: { a: 1 } }]);
    expect(sim.takeViolations()).toEqual([]);
  });

  it('refuses a cloudId outside the grant with 401', async () => {
    const tokens = await signIn(sim);
    const response = await call(tokens.access_token, '00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 401, message: 'Unauthorized' });
    expect(handled).toEqual([]);
  });

  it('refuses a token that lacks a scope the operation needs', async () => {
    const tokens = await signIn(sim, ['read:jira-user', 'offline_access']);
    const response = await call(tokens.access_token, firstSiteId());
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 401, message: 'Unauthorized; scope does not match' });
    expect(handled).toEqual([]);
  });

  it('records request and response violations and deprecated operations, and still answers', async () => {
    const tokens = await signIn(sim);
    Object.assign(checker, { requestViolations: ['bad request thing'], responseViolations: ['bad response thing'], deprecated: true });
    const response = await call(tokens.access_token, firstSiteId());
    expect(response.status).toBe(200);
    expect(sim.takeViolations().map((v) => v.message)).toEqual([
      'bad request thing',
      'deprecated operation getThing',
      'response: bad response thing',
    ]);
  });
});
