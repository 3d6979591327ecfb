// allowUserProfiles: an organization that allows only its own profile gets it selected, whatever
// the user added or chose before, and the user cannot add or choose another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authProfileSchema } from '../../../lib/auth/profile.ts';
import { readCustomProfiles, saveCustomProfile, selectProfile } from '../../../lib/auth/profile-store.ts';
import { systemApp } from '../../../lib/auth/system-profile.ts';
import { startSimulator, type Simulator } from '../../sim/server.ts';
import { DEMO_CLIENT } from '../../sim/seed/clients.ts';
import { policyWorker } from './policy-worker.ts';
import { rejection } from '../../coded-failure.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 1 });
});
afterAll(() => sim.close());

const profile = { name: 'Acme', clientId: DEMO_CLIENT.clientId, clientSecret: DEMO_CLIENT.clientSecret };
const builtIn = systemApp({ clientId: 'built-in', clientSecret: 'public', embedSecret: 'true' });
const ONLY = 'Your organization allows only its own sign-in profile.';
const newProfile = { name: 'Mine', clientId: 'my-client', clientSecret: 'my-secret' };

/** A user who added a profile of their own and chose it before the policy came. */
async function withOwnProfile(policy: Record<string, unknown>) {
  const w = policyWorker(sim, policy, builtIn);
  await saveCustomProfile(w.deps.local, authProfileSchema.parse({ id: 'mine', kind: 'custom', name: 'Mine', clientId: 'my-client' }));
  await selectProfile(w.deps.local, 'mine');
  return w;
}

describe('an organization that allows only its own profile', () => {
  it.each([
    ['allowUserProfiles: false', { profile, allowUserProfiles: false }],
    ['lockAll alone', { profile: { ...profile, lockAll: true } }],
  ])('selects its profile and offers no other, with %s', async (_name, policy) => {
    const w = await withOwnProfile(policy);
    const state = await w.handlers['auth.state']({});
    expect(state.profiles.map((p) => p.id)).toEqual(['managed']);
    expect(state.selectedProfileId).toBe('managed');
    expect(state.policy).toEqual({ allowUserProfiles: false });
    expect((await w.deps.registry.selected())?.id).toBe('managed');
  });

  it('refuses to select, create or change another profile, with a coded error', async () => {
    const w = await withOwnProfile({ profile, allowUserProfiles: false });
    for (const attempt of [
      w.handlers['profiles.select']({ profileId: 'mine' }),
      w.handlers['profiles.select']({ profileId: 'system' }),
      w.handlers['profiles.save']({ form: newProfile }),
      w.handlers['profiles.save']({ form: { ...newProfile, id: 'mine' } }),
    ]) {
      const error = await rejection(attempt);
      expect([error.code, error.message]).toEqual(['policy_forbids', ONLY]);
    }
    expect((await w.handlers['profiles.select']({ profileId: 'managed' })).selectedProfileId).toBe('managed');
  });

  it('keeps the user’s own profile, which is back when the policy allows it again', async () => {
    const w = await withOwnProfile({ profile, allowUserProfiles: false });
    expect((await readCustomProfiles(w.deps.local)).map((p) => p.id)).toEqual(['mine']);
    w.setPolicy({ profile, allowUserProfiles: true });
    const state = await w.handlers['auth.state']({});
    expect(state.profiles.map((p) => p.id)).toEqual(['managed', 'system', 'mine']);
    expect(state.selectedProfileId).toBe('mine');
  });
});

describe('an organization that allows profiles of the user’s own', () => {
  it('lets the user create one and selects it', async () => {
    const w = policyWorker(sim, { profile: { ...profile, lockAll: true }, allowUserProfiles: true });
    const saved = await w.handlers['profiles.save']({ form: newProfile });
    if (!saved.ok) throw new Error('expected the profile to be saved');
    expect(saved.state.selectedProfileId).toBe(saved.profileId);
    expect(saved.state.policy).toEqual({ allowUserProfiles: true });
  });
});
