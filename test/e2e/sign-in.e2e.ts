// Signing in, in real Chromium against the local Atlassian simulator: a custom profile made on the
// options page, Atlassian's consent page (Accept, Deny, or closed), the site picker, the popup's
// session header, and signing out. Each test makes its own profile, so none depends on another.
import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT, DEMO_REDIRECT_URI } from '../sim/seed/clients.ts';
import { useHarness } from './harness.ts';
import {
  connectionPanel,
  consentPageAfter,
  decide,
  expectPopupSession,
  firstUserName,
  grantTypeOf,
  isAuthorizeRequest,
  isTokenRequest,
  liveWorker,
  logText,
  openPage,
  optionsWithNewProfile,
  pickSiteOnOptionsPage,
  readArea,
  profileRadio,
  signInWithNewProfile,
  siteOf,
} from './sign-in-steps.ts';
import { click, gone, see, step, STEP_MS, until } from './steps.ts';

describe('sign-in', () => {
  const h = useHarness();

  /** A new profile that never connected, and the popup, which offers to connect it. */
  async function popupOfNewProfile(name: string) {
    const options = await optionsWithNewProfile(h, name);
    await options.close();
    const popup = await openPage(h, 'popup.html');
    await see(popup.getByRole('heading', { name: 'Not connected to Jira' }));
    return popup;
  }

  it('connects a new custom profile through the consent page; the popup shows the user on the site picked in the options', async () => {
    h.sim.clearLog();
    const options = await optionsWithNewProfile(h, 'E2E first sign-in');
    const panel = connectionPanel(options);
    await see(panel.getByText('Not connected', { exact: true }));

    const consent = await consentPageAfter(h.context, () => click(panel.getByRole('button', { name: 'Connect now' })));
    // The production authorization URL, with the profile's client and the extension's callback.
    const asked = new URL(consent.url());
    expect(asked.origin + asked.pathname).toBe('https://auth.atlassian.com/authorize');
    expect(asked.searchParams.get('client_id')).toBe(DEMO_CLIENT.clientId);
    expect(asked.searchParams.get('redirect_uri')).toBe(DEMO_REDIRECT_URI);
    expect(asked.searchParams.get('scope')?.split(' ')).toContain('offline_access');
    await see(consent.getByText(`Signed in as ${firstUserName(h.sim)}`));
    await see(panel.getByText('Waiting for Atlassian…'));
    await decide(consent, 'Accept');

    await see(panel.getByText('Connected', { exact: true }));
    await see(profileRadio(options, 'E2E first sign-in', 'Connected'));
    await see(panel.getByRole('button', { name: 'Sign out' }));
    // Both sites of the grant are offered, neither chosen for the user.
    const sites = options.getByRole('radiogroup', { name: 'Jira site' });
    await see(sites);
    const radios = sites.getByRole('radio');
    expect(await radios.count()).toBe(2);
    expect(await sites.getByRole('radio', { name: /^Acme / }).isChecked()).toBe(false);
    expect(await sites.getByRole('radio', { name: /^Globex / }).isChecked()).toBe(false);
    await see(sites.getByText('globex-sim.atlassian.net'));

    await pickSiteOnOptionsPage(options, h.sim, 'Globex');
    expect(await sites.getByRole('radio', { name: /^Globex / }).isChecked()).toBe(true);

    const popup = await expectPopupSession(h, 'Globex');
    // One code exchange, no refresh; the worker then called Globex, not Acme, for the user.
    const tokenRequests = h.sim.log.filter(isTokenRequest);
    expect(tokenRequests.map(grantTypeOf), logText(h.sim)).toEqual(['authorization_code']);
    expect(tokenRequests[0]?.status).toBe(200);
    expect(h.sim.log.some((e) => e.path === `/ex/jira/${siteOf(h.sim, 'Acme').id}/rest/api/3/myself`)).toBe(false);
    await popup.close();
    await options.close();
  });

  it('Deny on the consent page: the options page says access was declined, offers to try again, and asks for no token', async () => {
    const options = await optionsWithNewProfile(h, 'E2E deny (options)');
    h.sim.clearLog();
    const panel = connectionPanel(options);
    await step('connect, then deny', options, () =>
      consentPageAfter(h.context, () => click(panel.getByRole('button', { name: 'Connect now' }))).then((c) => decide(c, 'Deny')),
    );

    const alert = panel.getByRole('alert');
    await see(alert);
    await see(alert.getByText('You declined access to your Atlassian account.'));
    await see(alert.getByRole('button', { name: 'Try again' }));
    await see(panel.getByText('Not connected', { exact: true }));
    expect(await profileRadio(options, 'E2E deny (options)', 'Not connected').isVisible()).toBe(true);
    expect(h.sim.log.filter(isAuthorizeRequest).length, logText(h.sim)).toBeGreaterThan(0);
    expect(h.sim.log.filter(isTokenRequest), logText(h.sim)).toEqual([]);

    // "Try again" really starts over: the consent page comes back.
    const again = await consentPageAfter(h.context, () => click(alert.getByRole('button', { name: 'Try again' })));
    await again.close();
    await gone(panel.getByText('Waiting for Atlassian…'));
    await see(panel.getByRole('button', { name: 'Connect now' }));
    await options.close();
  });

  it('Deny from the popup: "Access not granted" with Try again, and no token request', async () => {
    const popup = await popupOfNewProfile('E2E deny (popup)');
    h.sim.clearLog();
    const consent = await consentPageAfter(h.context, () => click(popup.getByRole('button', { name: 'Connect to Jira' })));
    await decide(consent, 'Deny');

    await see(popup.getByRole('heading', { name: 'Access not granted' }));
    await see(popup.getByText('You declined access to your Atlassian account.'));
    await see(popup.getByRole('button', { name: 'Try again' }));
    expect(await popup.getByRole('alert').count()).toBe(0);
    expect(h.sim.log.filter(isTokenRequest), logText(h.sim)).toEqual([]);
    await popup.close();
  });

  it('closing the consent page from the options page: back to "Connect now", no alert, no token request', async () => {
    const options = await optionsWithNewProfile(h, 'E2E closed (options)');
    h.sim.clearLog();
    const panel = connectionPanel(options);
    const consent = await consentPageAfter(h.context, () => click(panel.getByRole('button', { name: 'Connect now' })));
    await see(panel.getByText('Waiting for Atlassian…'));
    await consent.close();

    await gone(panel.getByText('Waiting for Atlassian…'));
    const connect = panel.getByRole('button', { name: 'Connect now' });
    await see(connect);
    expect(await connect.getAttribute('aria-disabled')).toBeNull();
    await see(panel.getByText('Not connected', { exact: true }));
    expect(await options.getByRole('alert').count()).toBe(0);
    expect(h.sim.log.filter(isTokenRequest), logText(h.sim)).toEqual([]);
    await options.close();
  });

  it('closing the consent page from the popup: back to "Not connected to Jira", no alert, no token request', async () => {
    const popup = await popupOfNewProfile('E2E closed (popup)');
    h.sim.clearLog();
    const connect = popup.getByRole('button', { name: 'Connect to Jira' });
    const consent = await consentPageAfter(h.context, () => click(connect));
    await see(popup.getByText('Waiting for Atlassian…'));
    await consent.close();

    await gone(popup.getByText('Waiting for Atlassian…'));
    await see(popup.getByRole('heading', { name: 'Not connected to Jira' }));
    await until('"Connect to Jira" enabled again', () => connect.isEnabled(), popup);
    expect(await popup.getByRole('alert').count()).toBe(0);
    expect(h.sim.log.filter(isTokenRequest), logText(h.sim)).toEqual([]);
    await popup.close();
  });

  it('Sign out: the popup shows "Not connected to Jira" with Connect; the profile and its settings stay', async () => {
    const name = 'E2E sign out';
    const options = await signInWithNewProfile(h, name, 'Globex');
    const profileId = await profileRadio(options, name).getAttribute('value', { timeout: STEP_MS });
    const panel = connectionPanel(options);
    await click(panel.getByRole('button', { name: 'Sign out' }));
    await see(panel.getByText('Signed out. Your settings and drafts are kept.'));
    await see(profileRadio(options, name, 'Not connected'));
    await see(panel.getByRole('button', { name: 'Connect now' }));

    const popup = await openPage(h, 'popup.html');
    await see(popup.getByRole('heading', { name: 'Not connected to Jira' }));
    await see(popup.getByRole('button', { name: 'Connect to Jira' }));
    await popup.close();

    // The tokens are gone from this browser; the client secret and the site choice are not.
    const worker = await liveWorker(h);
    const local = await readArea(worker, 'local');
    const session = await readArea(worker, 'session');
    expect(Object.keys(local)).not.toContain(`auth.refresh.${profileId}`);
    expect(Object.keys(session)).not.toContain(`auth.access.${profileId}`);
    expect(local[`auth.secret.${profileId}`]).toBe(DEMO_CLIENT.clientSecret);

    // Reloaded, the options page still lists the profile, selected, with its settings.
    await options.reload();
    await see(profileRadio(options, name, 'Not connected'));
    expect(await profileRadio(options, name).isChecked()).toBe(true);
    await click(options.getByRole('button', { name: 'Edit', exact: true }));
    await see(options.getByRole('heading', { name: `Edit “${name}”` }));
    expect(await options.getByLabel('Profile name', { exact: true }).inputValue()).toBe(name);
    expect(await options.getByLabel('Client ID', { exact: true }).inputValue()).toBe(DEMO_CLIENT.clientId);
    await see(options.getByText('A secret is stored. Leave empty to keep it.'));
    await click(options.getByRole('button', { name: 'Cancel' }));
    await options.close();

    // Connecting again from the popup lands on the site chosen before signing out.
    const again = await openPage(h, 'popup.html');
    const consent = await consentPageAfter(h.context, () => click(again.getByRole('button', { name: 'Connect to Jira' })));
    await decide(consent, 'Accept');
    await again.close();
    await (await expectPopupSession(h, 'Globex')).close();
  });
});
