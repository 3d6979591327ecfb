import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../server.ts';
import { DEMO_CLIENT } from '../state.ts';
import { refreshTokens, signIn } from './sign-in.ts';

let sim: Simulator;
let clock: number;
beforeEach(async () => {
  sim = await startSimulator({ apiChecker: null });
  clock = Date.now();
  sim.state.now = () => clock;
});
afterEach(() => sim.close());

function resources(accessToken: string): Promise<Response> {
  return sim.fetch('https://api.atlassian.com/oauth/token/accessible-resources', {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
}

describe('refresh_token grant', () => {
  it('rotates: every refresh returns a new refresh token and a new access token', async () => {
    const first = await signIn(sim);
    const response = await refreshTokens(sim, first.refresh_token ?? '');
    expect(response.status).toBe(200);
    const second = await response.json();
    expect(second).toEqual({
      access_token: expect.any(String),
      expires_in: 3600,
      scope: first.scope,
      token_type: 'Bearer',
      refresh_token: expect.any(String),
    });
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.access_token).not.toBe(first.access_token);
    expect((await resources(second.access_token)).status).toBe(200);
  });

  it('keeps the previous refresh token usable within the leeway', async () => {
    const first = await signIn(sim);
    await refreshTokens(sim, first.refresh_token ?? '');
    clock += 599_000;
    const again = await refreshTokens(sim, first.refresh_token ?? '');
    expect(again.status).toBe(200);
    expect(sim.takeViolations()).toEqual([]);
  });

  it('revokes the whole grant when a rotated token is reused after the leeway', async () => {
    const first = await signIn(sim);
    const second = await (await refreshTokens(sim, first.refresh_token ?? '')).json();
    clock += 601_000;
    const reuse = await refreshTokens(sim, first.refresh_token ?? '');
    expect(reuse.status).toBe(403);
    expect(await reuse.json()).toEqual({ error: 'invalid_grant', error_description: 'Unknown or invalid refresh token.' });
    // The newest refresh token and every access token of the grant stop working too.
    expect((await refreshTokens(sim, second.refresh_token)).status).toBe(403);
    expect((await resources(second.access_token)).status).toBe(401);
    expect(sim.state.grants.every((g) => g.revoked)).toBe(true);
    expect(sim.takeViolations().map((v) => v.message)).toEqual([expect.stringContaining('reused after the leeway')]);
  });

  it('consenting again after revocation starts a fresh grant', async () => {
    const first = await signIn(sim);
    sim.revokeGrant();
    expect((await refreshTokens(sim, first.refresh_token ?? '')).status).toBe(403);
    const fresh = await signIn(sim);
    expect((await resources(fresh.access_token)).status).toBe(200);
    expect(sim.state.grants.filter((g) => !g.revoked)).toHaveLength(1);
  });

  it('revokeGrant(id) revokes only that grant', async () => {
    const tokens = await signIn(sim);
    const grantId = sim.state.grants[0]?.id;
    sim.revokeGrant(grantId);
    expect((await resources(tokens.access_token)).status).toBe(401);
    expect((await refreshTokens(sim, tokens.refresh_token ?? '')).status).toBe(403);
  });

  it('refuses unknown refresh tokens and wrong secrets', async () => {
    const tokens = await signIn(sim);
    const unknown = await refreshTokens(sim, 'not-a-token');
    expect(unknown.status).toBe(403);
    expect((await unknown.json()).error_description).toBe('Unknown or invalid refresh token.');
    const wrongSecret = await refreshTokens(sim, tokens.refresh_token ?? '', { ...DEMO_CLIENT, clientSecret: 'nope' });
    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.json()).toEqual({ error: 'access_denied', error_description: 'Unauthorized' });
  });

  it('expires a refresh token unused for 90 days', async () => {
    const tokens = await signIn(sim);
    clock += 91 * 24 * 60 * 60 * 1000;
    expect((await refreshTokens(sim, tokens.refresh_token ?? '')).status).toBe(403);
  });
});
