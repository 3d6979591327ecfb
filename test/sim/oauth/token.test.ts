import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../server.ts';
import { DEMO_CLIENT } from '../state.ts';
import { decide, exchangeCode, signIn } from './sign-in.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ apiChecker: null });
});
afterAll(() => sim.close());
afterEach(() => {
  sim.state.now = () => Date.now();
  sim.takeViolations();
});

async function newCode(scope?: string): Promise<string> {
  const location = await decide(sim, 'Accept', scope ? { scope } : {});
  return location.searchParams.get('code') ?? '';
}

function resources(accessToken: string): Promise<Response> {
  return sim.fetch('https://api.atlassian.com/oauth/token/accessible-resources', {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
}

function postToken(body: Record<string, string>, contentType = 'application/json'): Promise<Response> {
  return sim.fetch('https://auth.atlassian.com/oauth/token', {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: contentType === 'application/json' ? JSON.stringify(body) : new URLSearchParams(body).toString(),
  });
}

describe('authorization_code grant', () => {
  it('exchanges a code for an access token and a refresh token', async () => {
    const response = await exchangeCode(sim, await newCode());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toEqual({
      access_token: expect.any(String),
      expires_in: 3600,
      scope: 'read:jira-work write:jira-work read:jira-user offline_access',
      token_type: 'Bearer',
      refresh_token: expect.any(String),
    });
    expect((await resources(body.access_token)).status).toBe(200);
    expect(sim.takeViolations()).toEqual([]);
  });

  it('gives no refresh token without offline_access', async () => {
    const body = await (await exchangeCode(sim, await newCode('read:jira-work'))).json();
    expect(body.refresh_token).toBeUndefined();
  });

  it('accepts a form-encoded body', async () => {
    const response = await postToken(
      {
        grant_type: 'authorization_code',
        client_id: DEMO_CLIENT.clientId,
        client_secret: DEMO_CLIENT.clientSecret,
        code: await newCode(),
        redirect_uri: DEMO_CLIENT.redirectUris[0] ?? '',
      },
      'application/x-www-form-urlencoded',
    );
    expect(response.status).toBe(200);
  });

  it('refuses a code used twice, and revokes what the first use issued', async () => {
    const code = await newCode();
    const first = await (await exchangeCode(sim, code)).json();
    const second = await exchangeCode(sim, code);
    expect(second.status).toBe(403);
    expect(await second.json()).toEqual({ error: 'invalid_grant', error_description: 'Invalid authorization code' });
    expect((await resources(first.access_token)).status).toBe(401);
    expect(sim.takeViolations().map((v) => v.message)).toEqual([expect.stringContaining('used twice')]);
  });

  it('refuses an expired code', async () => {
    const code = await newCode();
    const later = Date.now() + 301_000;
    sim.state.now = () => later;
    const response = await exchangeCode(sim, code);
    expect(response.status).toBe(403);
    expect((await response.json()).error).toBe('invalid_grant');
  });

  it('binds the code to its redirect_uri', async () => {
    const response = await exchangeCode(sim, await newCode(), { ...DEMO_CLIENT, redirectUris: ['https://other.example/'] });
    expect(response.status).toBe(403);
  });

  it('answers a wrong client secret with 401 access_denied', async () => {
    const response = await exchangeCode(sim, await newCode(), { ...DEMO_CLIENT, clientSecret: 'wrong' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'access_denied', error_description: 'Unauthorized' });
  });

  it('answers a missing client secret with 401 and records the malformed request', async () => {
    const response = await postToken({ grant_type: 'authorization_code', client_id: DEMO_CLIENT.clientId, code: 'x', redirect_uri: 'y' });
    expect(response.status).toBe(401);
    expect(sim.takeViolations()).toHaveLength(1);
  });

  it('answers other missing fields with 400 invalid_request', async () => {
    const response = await postToken({ grant_type: 'authorization_code', client_id: DEMO_CLIENT.clientId, client_secret: DEMO_CLIENT.clientSecret });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('invalid_request');
    expect(sim.takeViolations()).toHaveLength(1);
  });

  it('answers an unsupported grant type with 400 unsupported_grant_type', async () => {
    const response = await postToken({ grant_type: 'password', username: 'a', password: 'b' });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('unsupported_grant_type');
    expect(sim.takeViolations()).toHaveLength(1);
  });

  it('answers a body that is not JSON with 400 invalid_request', async () => {
    const response = await sim.fetch('https://auth.atlassian.com/oauth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{nope',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('invalid_request');
    expect(sim.takeViolations()).toHaveLength(1);
  });

  it('makes unguessable tokens', async () => {
    const a = await signIn(sim);
    const b = await signIn(sim);
    expect(a.access_token).not.toBe(b.access_token);
    expect(a.access_token.length).toBeGreaterThanOrEqual(40);
  });
});
