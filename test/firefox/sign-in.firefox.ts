// Signing in, in Firefox: a custom profile made on the options page, Atlassian's consent page that
// identity.launchWebAuthFlow opens in a window of its own, the redirect to Firefox's
// extensions.allizom.org address, the site chosen, and the popup showing who is signed in where.
import { describe, expect, it } from 'vitest';
import { DEMO_FIREFOX_REDIRECT_URI } from '../sim/seed/clients.ts';
import { expectPopupSession, grantTypeOf, isAuthorizeRequest, isTokenRequest, logText, profileRadio, signInWithNewProfile } from '../e2e/sign-in-steps.ts';
import { see } from '../e2e/steps.ts';
import { useFirefox } from './harness.ts';
import type { FirefoxPage } from './ui-page.ts';

/** The page's own styles apply: they are written in its HTML (wxt.config.ts), which Firefox's
 *  content security policy for extension pages must let through. */
const accentColor = (page: unknown) =>
  (page as FirefoxPage).raw.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());

describe('Firefox: sign in', () => {
  const h = useFirefox();

  it('a custom profile connects through the consent page, the site is chosen, and the popup shows the session', async () => {
    const options = await signInWithNewProfile(h, 'Firefox profile', 'Acme');
    await see(profileRadio(options, 'Firefox profile', 'Connected'));
    const authorize = h.sim.log.filter(isAuthorizeRequest);
    expect(authorize.length, logText(h.sim)).toBeGreaterThan(0);
    expect(authorize.map((e) => e.query.redirect_uri)).toContain(DEMO_FIREFOX_REDIRECT_URI);
    expect(h.sim.log.filter(isTokenRequest).map(grantTypeOf), logText(h.sim)).toEqual(['authorization_code']);
    await expect(accentColor(options)).resolves.toBe('#0c66e4');
    await options.close();

    const popup = await expectPopupSession(h, 'Acme');
    await expect(accentColor(popup)).resolves.toBe('#0c66e4');
    await popup.close();
  });
});
