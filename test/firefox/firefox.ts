// Launches Debian's firefox-esr headless with the built extension installed as a temporary add-on,
// driven by puppeteer-core over WebDriver BiDi, reaching Atlassian's production hostnames at the
// local simulator. Playwright's Firefox and geckodriver need browser builds from elsewhere; Debian's
// firefox-esr and BiDi need nothing but the package.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { SIMULATED_HOSTS } from '../sim/cert.ts';

export const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];

/** A fixed moz-extension UUID, so extension pages are at a known address
 *  (https://searchfox.org/mozilla-central/search?q=extensions.webextensions.uuids). */
export const EXTENSION_UUID = '5f2e8a9c-3b1d-4c6e-9a7f-0d4b2c8e1f63';

export function findFirefox(): string {
  const found = process.env.FIREFOX_PATH ?? FIREFOX_PATHS.find((path) => existsSync(path));
  if (!found) throw new Error(`Firefox not found (looked in ${FIREFOX_PATHS.join(', ')}); install Debian's firefox-esr.`);
  return found;
}

/** The add-on id Firefox knows the build by (browser_specific_settings.gecko.id). */
export function geckoIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** A fresh NSS database in `profileDir` that trusts the simulator's certificate as a CA, the way a
 *  user adds a root in Firefox's certificate manager (certutil from libnss3-tools). */
export function trustSimulatorIn(profileDir: string, certPem: string): void {
  mkdirSync(profileDir, { recursive: true });
  const pem = join(profileDir, 'simulator-ca.pem');
  writeFileSync(pem, certPem);
  const db = `sql:${profileDir}`;
  execFileSync('certutil', ['-N', '-d', db, '--empty-password'], { stdio: 'pipe' });
  execFileSync('certutil', ['-A', '-d', db, '-n', 'Atlassian simulator', '-t', 'C,,', '-i', pem], { stdio: 'pipe' });
}

export interface FirefoxOptions {
  extensionDir: string;
  /** The simulator's port on 127.0.0.1 and its certificate (trusted in the fresh profile). */
  simPort: number;
  certPem: string;
  profileDir: string;
}

export interface LaunchedFirefox {
  browser: Browser;
  geckoId: string;
  /** moz-extension://<uuid>/ */
  baseUrl: string;
}

export async function launchFirefox(options: FirefoxOptions): Promise<LaunchedFirefox> {
  const geckoId = geckoIdOf(options.extensionDir);
  trustSimulatorIn(options.profileDir, options.certPem);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: options.profileDir,
    // Installing a temporary add-on and opening moz-extension:// pages need system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // auth.atlassian.com and api.atlassian.com resolve to 127.0.0.1, and port 443 is the
      // simulator's: the extension uses the production URLs unchanged.
      'network.dns.localDomains': SIMULATED_HOSTS.join(','),
      'network.socket.forcePort': `443=${options.simPort}`,
      // No DNS over HTTPS: name resolution stays with localDomains.
      'network.trr.mode': 5,
    },
  });
  await browser.installExtension(options.extensionDir);
  return { browser, geckoId, baseUrl: `moz-extension://${EXTENSION_UUID}/` };
}
