import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../server.ts';
import { DEMO_CLIENT } from '../state.ts';
import { authorizeUrl, consentForm, decide } from './sign-in.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ apiChecker: null });
});
afterAll(() => sim.close());
afterEach(() => {
  sim.clearLog();
});

describe('GET /authorize', () => {
  it('shows a consent page naming the app, the scopes and the user, with Accept and Deny', async () => {
    const response = await sim.fetch(authorizeUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toMatch(/<title>Quick Actions for Jira \(simulator demo\) is requesting access<\/title>/);
    for (const scope of ['read:jira-work', 'write:jira-work', 'read:jira-user', 'offline_access']) expect(html).toContain(scope);
    const user = sim.state.users.find((u) => u.accountId === sim.state.currentAccountId);
    expect(html).toContain(`Signed in as ${user?.displayName}`);
    expect(consentForm(html, 'Accept').fields).toMatchObject({ decision: 'accept', state: 'state-123' });
    expect(consentForm(html, 'Deny').fields).toMatchObject({ decision: 'deny' });
    expect(sim.takeViolations()).toEqual([]);
  });

  it('escapes what it echoes', async () => {
    const html = await (await sim.fetch(authorizeUrl({ state: '"><script>alert(1)</script>' }))).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
    expect(consentForm(html, 'Accept').fields.state).toBe('"><script>alert(1)</script>');
  });

  it('refuses an unregistered redirect_uri with a 400 page and never redirects', async () => {
    const response = await sim.fetch(authorizeUrl({ redirect_uri: 'https://evil.example/' }), { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('redirect_uri');
    expect(sim.takeViolations()).toHaveLength(1);
  });

  it('refuses a redirect_uri that only differs by a trailing slash', async () => {
    const almost = DEMO_CLIENT.redirectUris[0]?.replace(/\/$/, '');
    const response = await sim.fetch(authorizeUrl({ redirect_uri: almost }), { redirect: 'manual' });
    expect(response.status).toBe(400);
    sim.takeViolations();
  });

  it('refuses an unknown client with a 400 page', async () => {
    const response = await sim.fetch(authorizeUrl({ client_id: 'nobody' }), { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    sim.takeViolations();
  });

  it('redirects other errors to the registered redirect_uri', async () => {
    const response = await sim.fetch(authorizeUrl({ audience: 'example.com' }), { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe(DEMO_CLIENT.redirectUris[0]);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('state')).toBe('state-123');
    expect(sim.takeViolations().map((v) => v.message)).toEqual([expect.stringContaining('audience')]);
  });
});

describe('the consent decision', () => {
  it('Deny redirects with error=access_denied and the state', async () => {
    const location = await decide(sim, 'Deny');
    expect(location.origin + location.pathname).toBe(DEMO_CLIENT.redirectUris[0]);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('error_description')).toBeTruthy();
    expect(location.searchParams.get('state')).toBe('state-123');
    expect(location.searchParams.get('code')).toBeNull();
  });

  it('Accept redirects with a code and the state, and records a grant for all the user\'s sites', async () => {
    const location = await decide(sim, 'Accept', { state: 'xyz' });
    expect(location.searchParams.get('code')).toMatch(/^[\w-]{20,}$/);
    expect(location.searchParams.get('state')).toBe('xyz');
    const grant = sim.state.grants.find((g) => g.clientId === DEMO_CLIENT.clientId && !g.revoked);
    const memberSites = sim.state.sites.filter((s) => s.memberAccountIds.includes(sim.state.currentAccountId));
    expect(grant?.siteIds.sort()).toEqual(memberSites.map((s) => s.site.id).sort());
    expect(grant?.accountId).toBe(sim.state.currentAccountId);
  });

  it('re-checks the posted fields', async () => {
    const response = await sim.fetch('https://auth.atlassian.com/authorize/decision', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: DEMO_CLIENT.clientId, redirect_uri: 'https://evil.example/', decision: 'accept' }).toString(),
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    sim.takeViolations();
  });
});
