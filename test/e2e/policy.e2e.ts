// An organization policy delivered the way Chrome delivers it on Linux (a "3rdparty" policy file
// for the extension's id, read into storage.managed), in real Chromium against the simulator: a
// profile whose secret the policy leaves to the user, one locked field, and no profiles of the
// user's own. The policy reaches only this browser (policy-browser.ts).
import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT } from '../sim/seed/clients.ts';
import { useHarness } from './harness.ts';
import { connectionPanel, connectThroughConsent, openPage, profileRadio, readArea } from './sign-in-steps.ts';
import { click, see, step, until } from './steps.ts';

const POLICY = {
  profile: { name: 'Acme sign-in', clientId: DEMO_CLIENT.clientId, lockedFields: ['clientId'] },
  allowUserProfiles: false,
};

/** storage.managed as the extension's worker reads it. */
function readManaged(worker: Worker): Promise<Record<string, unknown>> {
  type Managed = { chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } } };
  return worker.evaluate(() => (globalThis as unknown as Managed).chrome.storage.managed.get());
}

describe('organization policy', () => {
  const h = useHarness({}, { policy: POLICY });

  it('offers only the organization’s profile; the user enters its secret, renames it and signs in', async () => {
    expect(await readManaged(h.worker)).toEqual(POLICY);
    const options = await openPage(h, 'options.html');
    await see(options.getByRole('note').getByText(/Managed by your organization/));
    await see(options.getByText('Your organization allows only its own sign-in profile, so you cannot add one of your own.'));
    expect(await options.getByRole('button', { name: 'New profile' }).count()).toBe(0);
    await until('the organization’s profile selected', () => profileRadio(options, 'Acme sign-in').isChecked(), options);

    await click(options.getByRole('button', { name: 'Edit', exact: true }));
    await see(options.getByRole('form', { name: 'Edit “Acme sign-in”' }));
    const field = (label: string) => options.getByLabel(label, { exact: true });
    expect(await field('Client ID').getAttribute('readonly')).not.toBeNull();
    await step('filling the form', options, async () => {
      await field('Profile name').fill('Acme (mine)');
      await field('Client secret').fill(DEMO_CLIENT.clientSecret);
    });
    await click(options.getByRole('button', { name: 'Save' }));
    await see(options.getByText('Profile “Acme (mine)” saved.'));

    await connectThroughConsent(h.context, connectionPanel(options).getByRole('button', { name: 'Connect now' }), 'Accept');
    await see(connectionPanel(options).getByText('Connected', { exact: true }));
    await see(profileRadio(options, 'Acme (mine)', 'Connected'));

    // Kept in this browser: the user's name for the profile and the secret, never the locked field.
    const local = await readArea(h.worker, 'local');
    expect(local['auth.managedOverrides']).toEqual({ name: 'Acme (mine)' });
    expect(local['auth.secret.managed']).toBe(DEMO_CLIENT.clientSecret);
  });
});
