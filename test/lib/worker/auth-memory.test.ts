// The worker's auth state in memory (lib/worker/remembered-area.ts), against the simulator: a warm
// popup open reads none of the profile, selection or connection keys from storage.local again, and
// a change made behind the worker's back (another page, the browser) is seen at once.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { authProfileSchema } from '../../../lib/auth/profile.ts';
import { saveCustomProfile } from '../../../lib/auth/profile-store.ts';
import { SELECTED_KEY } from '../../../lib/storage/keys.ts';
import { DEMO_CLIENT } from '../../sim/seed/clients.ts';
import { PROFILE_ID } from './sim-worker.ts';
import { openPopup, useSimSuite, w } from './sim-suite.ts';

useSimSuite();

/** The auth keys read from storage.local while `run` runs. */
async function authReads(run: () => Promise<unknown>): Promise<string[]> {
  const local = vi.spyOn(fakeBrowser.storage.local, 'get');
  try {
    await run();
    const asked = local.mock.calls.flatMap(([keys]) => [keys ?? []].flat() as unknown[]);
    return asked.filter((key): key is string => typeof key === 'string' && key.startsWith('auth.'));
  } finally {
    local.mockRestore();
  }
}

describe('auth state in memory', () => {
  it('a warm popup open reads no profile, selection or connection from storage.local', async () => {
    await openPopup();
    await w.call('popup.start', {});
    expect(await authReads(() => w.call('popup.start', {}))).toEqual([]);
    expect(await authReads(() => w.call('session.get', {}))).toEqual([]);
  });

  it('sees a sign-out written behind its back, and a selection changed elsewhere', async () => {
    await openPopup();
    await fakeBrowser.storage.local.remove(`auth.refresh.${PROFILE_ID}`);
    await fakeBrowser.storage.session.remove(`auth.access.${PROFILE_ID}`);
    await expect(w.call('popup.start', {})).rejects.toMatchObject({ code: 'not_connected' });

    const other = authProfileSchema.parse({ id: 'other', kind: 'custom', name: 'Other', clientId: DEMO_CLIENT.clientId });
    await saveCustomProfile(fakeBrowser.storage.local, other);
    await fakeBrowser.storage.local.set({ [SELECTED_KEY]: 'other' });
    expect((await w.call('auth.state', {})).selectedProfileId).toBe('other');
  });
});
