// A sign-in that lasts: through a revoked grant (reconnect, back on the same site), a stopped
// service worker, and an expired access token (one refresh, no new consent). Each test signs in
// with its own profile and picks Globex, the second site, so "the same site" means something.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { settle } from './issue-steps.ts';
import {
  connectionPanel,
  consentPageAfter,
  decide,
  expectPopupSession,
  grantTypeOf,
  isAuthorizeRequest,
  isTokenRequest,
  liveWorker,
  logText,
  openPage,
  profileRadio,
  sessionLine,
  firstUserName,
  signInWithNewProfile,
} from './sign-in-steps.ts';
import { click, see, STEP_MS } from './steps.ts';

/** Signs in with a new profile on Globex and returns the profile's id. */
async function signedInOnGlobex(h: ReturnType<typeof useHarness>, name: string): Promise<string> {
  const options = await signInWithNewProfile(h, name, 'Globex');
  const id = await profileRadio(options, name).getAttribute('value', { timeout: STEP_MS });
  await options.close();
  if (!id) throw new Error(`profile "${name}" has no id on the options page`);
  return id;
}

describe('sign-in recovery', () => {
  const h = useHarness();

  it('after Atlassian revokes the grant, the popup asks to reconnect the profile; reconnecting returns to the same site', async () => {
    const name = 'E2E revoked';
    await signedInOnGlobex(h, name);
    h.sim.revokeGrant();
    h.sim.clearLog();

    const popup = await openPage(h, 'popup.html');
    await see(popup.getByRole('heading', { name: 'Reconnect to Jira' }));
    await see(popup.getByText(`Atlassian no longer accepts the sign-in of this profile`));
    // The stored token was refused, one refresh was tried, and Atlassian refused the grant.
    const refreshes = h.sim.log.filter(isTokenRequest);
    expect(refreshes.map((e) => [grantTypeOf(e), e.status]), logText(h.sim)).toEqual([['refresh_token', 403]]);
    expect(h.sim.log.filter(isAuthorizeRequest), logText(h.sim)).toEqual([]);

    // The options page says the same.
    const options = await openPage(h, 'options.html');
    await see(profileRadio(options, name, 'Reconnect needed'));
    await see(connectionPanel(options).getByRole('button', { name: 'Reconnect' }));
    await options.close();

    const consent = await consentPageAfter(h.context, () => click(popup.getByRole('button', { name: 'Reconnect' })));
    await decide(consent, 'Accept');
    // The popup that asked shows the session again, on Globex as before; so does a fresh one.
    await see(sessionLine(popup, firstUserName(h.sim), 'Globex'));
    await popup.close();
    await (await expectPopupSession(h, 'Globex')).close();
    const grants = h.sim.state.grants;
    expect(grants.filter((g) => !g.revoked)).toHaveLength(1);
  });

  it('after the service worker stops, the popup is still signed in without a new authorization or token', async () => {
    await signedInOnGlobex(h, 'E2E worker restart');
    // A global set now shows whether the popup below talks to the same worker or a fresh one.
    await (await liveWorker(h)).evaluate(() => Object.assign(globalThis, { e2eBeforeStop: true }));
    await h.stopWorker();
    h.sim.clearLog();

    const popup = await expectPopupSession(h, 'Globex');
    // A fresh worker answered: the old one's globals are gone.
    expect(await (await liveWorker(h)).evaluate(() => 'e2eBeforeStop' in globalThis)).toBe(false);
    expect(h.sim.log.filter(isAuthorizeRequest), logText(h.sim)).toEqual([]);
    // The access token outlived the worker in storage.session: not even a refresh was needed.
    expect(h.sim.log.filter(isTokenRequest), logText(h.sim)).toEqual([]);
    await popup.close();
  });

  it('when the access token has expired, the next popup refreshes it once and still shows the session', async () => {
    const profileId = await signedInOnGlobex(h, 'E2E expiry');
    // An hour passes on both sides: Atlassian stops accepting the token, and the extension's
    // record of it says it has expired.
    h.sim.expireAccessTokens();
    const worker = await liveWorker(h);
    await worker.evaluate(async (key) => {
      const area = (globalThis as unknown as { chrome: { storage: { session: ChromeArea } } }).chrome.storage.session;
      const stored = (await area.get(key))[key] as { expiresAt: number };
      await area.set({ [key]: { ...stored, expiresAt: Date.now() - 1000 } });
    }, `auth.access.${profileId}`);
    h.sim.clearLog();

    const popup = await expectPopupSession(h, 'Globex');
    // The popup paints the last session before the worker's fresh answer: wait for what that
    // answer cost before counting.
    await settle(h.sim);
    const tokenRequests = h.sim.log.filter(isTokenRequest);
    expect(tokenRequests.map((e) => [grantTypeOf(e), e.status]), logText(h.sim)).toEqual([['refresh_token', 200]]);
    // Refreshed before calling Jira: nothing was sent with the expired token.
    expect(h.sim.log.filter((e) => e.host === 'api.atlassian.com' && e.status === 401), logText(h.sim)).toEqual([]);
    expect(h.sim.log.filter(isAuthorizeRequest)).toEqual([]);
    await popup.close();
  });

  it('when Atlassian refuses the access token early (401), the popup refreshes once, retries, and shows the session', async () => {
    await signedInOnGlobex(h, 'E2E early expiry');
    h.sim.expireAccessTokens();
    h.sim.clearLog();

    const popup = await expectPopupSession(h, 'Globex');
    // As above; here the answer costs the 401, the refresh and the retry.
    await settle(h.sim);
    const tokenRequests = h.sim.log.filter(isTokenRequest);
    expect(tokenRequests.map((e) => [grantTypeOf(e), e.status]), logText(h.sim)).toEqual([['refresh_token', 200]]);
    expect(h.sim.log.filter(isAuthorizeRequest)).toEqual([]);

    // The next popup uses the refreshed token as it is.
    await popup.close();
    h.sim.clearLog();
    const next = await expectPopupSession(h, 'Globex');
    await settle(h.sim);
    await next.close();
    expect(h.sim.log.filter(isTokenRequest), logText(h.sim)).toEqual([]);
  });
});

interface ChromeArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
