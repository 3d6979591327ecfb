// The popup's first paint: the last session from memory, with no request, and only while the
// profile is connected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetTokens } from '../../../lib/auth/token-store.ts';
import { signIn } from '../../sim/oauth/sign-in.ts';
import type { TokenResponse } from '../../sim/oauth/tokens.ts';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { expectNoViolations } from '../../sim/spec-guard.ts';
import { PROFILE_ID, simWorker } from './sim-worker.ts';

let sim: Simulator;
let tokens: TokenResponse;

beforeAll(async () => {
  sim = await startSimulator({ seed: 1 });
  tokens = await signIn(sim);
});
afterAll(() => sim.close());

describe('cached session view', () => {
  it('is empty before a session was loaded, then paints the last one without a request', async () => {
    const w = simWorker(sim, { tokens });
    expect(await w.call('session.cached', {})).toBeNull();
    const siteId = sim.state.sites[1]!.site.id;
    await w.call('session.get', {});
    const chosen = await w.call('sites.select', { siteId });
    sim.clearLog();
    expect(await w.call('session.cached', {})).toEqual(chosen);
    expect(sim.log).toEqual([]);
    w.restore();
    expectNoViolations(sim);
  });

  it('is not offered once the profile is signed out', async () => {
    const w = simWorker(sim, { tokens });
    await w.call('session.get', {});
    await forgetTokens(w.deps, PROFILE_ID);
    expect(await w.call('session.cached', {})).toBeNull();
    w.restore();
    expectNoViolations(sim);
  });
});
