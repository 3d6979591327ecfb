// The options page's first frame, as the worker keeps it in storage.session (lib/worker/options-frame.ts),
// against the simulator: written with every auth state the worker answers, so the next options page
// paints what this one was told, and gone whenever the connection it shows changes.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { authProfileSchema } from '../../../lib/auth/profile.ts';
import { saveCustomProfile } from '../../../lib/auth/profile-store.ts';
import { OPTIONS_FRAME_KEY, parseOptionsFrame } from '../../../lib/storage/options-frame.ts';
import { DEMO_CLIENT } from '../../sim/seed/clients.ts';
import { PROFILE_ID } from './sim-worker.ts';
import { useSimSuite, w } from './sim-suite.ts';

useSimSuite();

const frame = async () => parseOptionsFrame((await w.deps.session.get(OPTIONS_FRAME_KEY))[OPTIONS_FRAME_KEY]);

describe('the options page first frame', () => {
  it('is what auth.state answered, and follows a profile selected, saved or deleted', async () => {
    const state = await w.call('auth.state', {});
    expect(state.connections[PROFILE_ID]?.status).toBe('connected');
    expect(await frame()).toEqual(state);

    const other = authProfileSchema.parse({ id: 'other', kind: 'custom', name: 'Other', clientId: DEMO_CLIENT.clientId });
    await saveCustomProfile(w.deps.local, other);
    const selected = await w.call('profiles.select', { profileId: 'other' });
    expect((await frame())?.selectedProfileId).toBe('other');
    expect(await frame()).toEqual(selected);

    await w.call('profiles.select', { profileId: PROFILE_ID });
    const deleted = await w.call('profiles.delete', { profileId: 'other' });
    expect((await frame())?.profiles.map((p) => p.id)).not.toContain('other');
    expect(await frame()).toEqual(deleted);
  });

  it('holds no token and no secret', async () => {
    await w.call('auth.state', {});
    const stored = JSON.stringify((await w.deps.session.get(OPTIONS_FRAME_KEY))[OPTIONS_FRAME_KEY]);
    const held = Object.values(await w.deps.local.get(null)).concat(Object.values(await w.deps.session.get(null)));
    const tokens = JSON.stringify(held).match(/"(access_token|refresh_token|accessToken|refreshToken|token)":"([^"]+)"/g) ?? [];
    for (const token of tokens) expect(stored).not.toContain(token.split(':"')[1]!.slice(0, -1));
    expect(stored).not.toMatch(/secret"\s*:\s*"/i);
  });

  it('is gone after sign-out, and the next auth.state writes it not connected', async () => {
    await w.call('auth.state', {});
    expect(await frame()).toBeDefined();
    await w.call('auth.signOut', { profileId: PROFILE_ID });
    expect(await frame()).toBeUndefined();
    await w.call('auth.state', {});
    expect((await frame())?.connections[PROFILE_ID]?.status ?? 'not_connected').toBe('not_connected');
  });

  it('a connect removes it first: one that fails leaves none (the e2e suite connects for real)', async () => {
    await w.call('auth.state', {});
    await expect(w.call('auth.connect', { profileId: PROFILE_ID })).rejects.toBeDefined();
    expect(await frame()).toBeUndefined();
  });

  it('is gone when the organization’s policy changes', async () => {
    await w.call('auth.state', {});
    await fakeBrowser.storage.onChanged.trigger({ profile: { newValue: {} } }, 'managed');
    expect(await frame()).toBeUndefined();
  });

  it('a state read before a sign-out is not written after it', async () => {
    const write = w.deps.optionsFrame.begin();
    const before = await w.call('auth.state', {});
    await w.call('auth.signOut', { profileId: PROFILE_ID });
    await write({ auth: before });
    expect(await frame()).toBeUndefined();
  });
});
