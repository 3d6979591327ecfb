import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './oauth/sign-in.ts';
import { startSimulator, type Simulator } from './server.ts';
import { expectNoViolations, SpecViolationError } from './spec-guard.ts';

// The real OpenAPI checker, the real server: a request that breaks the spec fails the test that
// sent it, through the same guard the end-to-end harness runs after every test.
describe('spec guard', () => {
  let sim: Simulator;
  let token: string;
  let api: string;

  beforeAll(async () => {
    sim = await startSimulator({});
    token = (await signIn(sim)).access_token;
    api = `https://api.atlassian.com/ex/jira/${sim.state.sites[0]!.site.id}/rest/api/3`;
  });
  afterAll(() => sim.close());

  const send = (path: string, init: RequestInit = {}) =>
    sim.fetch(`${api}/${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...init.headers },
    });

  it('passes conforming traffic', async () => {
    expect((await send('myself')).status).toBe(200);
    expect(() => expectNoViolations(sim)).not.toThrow();
  });

  it('fails on a request body that breaks the schema', async () => {
    await send('issue', { method: 'POST', body: JSON.stringify({ fields: 'not an object' }) });
    expect(() => expectNoViolations(sim)).toThrow(SpecViolationError);
  });

  it('fails on a misspelt query parameter', async () => {
    await send('issue/BIG-1?deleteSubtask=true', { method: 'DELETE' });
    expect(() => expectNoViolations(sim)).toThrow(/deleteSubtask/);
  });

  it('fails on a call to an operation the spec marks deprecated, even though Jira answers it', async () => {
    const response = await send('search?jql=project%20%3D%20BIG');
    expect(response.status).toBe(410);
    expect(() => expectNoViolations(sim)).toThrow(/deprecated/);
  });
});
