// The sign-in steps a person takes, shared by the sign-in end-to-end tests of both lanes (Chromium
// and Firefox, through ui.ts): create a profile on the options page, connect through Atlassian's
// consent page, pick a site, open the popup. Elements are found by role and accessible name; every
// wait has its own timeout (steps.ts). The Chromium-only parts (its pages and service worker) are
// marked so.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { DEMO_CLIENT } from '../sim/seed/clients.ts';
import type { LoggedRequest, Simulator } from '../sim/server.ts';
import type { Harness } from './harness.ts';
import { click, see, step, STEP_MS, until } from './steps.ts';
import type { Lane, UiLocator, UiPage } from './ui.ts';

const CONSENT_URL = /^https:\/\/auth\.atlassian\.com\/authorize(\?|$)/;

function pagesText(context: BrowserContext): string {
  return context.pages().map((p) => p.url()).join(', ') || '(none)';
}

/** Opens popup.html or options.html in a tab; no action on it waits longer than STEP_MS. */
export async function openPage<P extends UiPage>(h: Pick<Lane<P>, 'openPage'>, path: 'popup.html' | 'options.html'): Promise<P> {
  const page = await step(`opening ${path}`, undefined, () => h.openPage(path));
  (page as { setDefaultTimeout?: (ms: number) => void }).setDefaultTimeout?.(STEP_MS);
  return page;
}

// ---------------------------------------------------------------------------------------------
// Options page

export interface ProfileInput {
  name: string;
  clientId?: string;
  clientSecret?: string;
}

/** Options page → "New profile" → fills the form by label with the simulator's demo client →
 *  Save. The new profile is then the selected one. */
export async function createProfileOnOptionsPage(options: UiPage, input: ProfileInput): Promise<void> {
  await see(options.getByRole('heading', { name: 'Sign-in profiles' }));
  await click(options.getByRole('button', { name: 'New profile' }));
  await see(options.getByRole('heading', { name: 'New profile' }));
  const fill = (label: string, value: string) =>
    step(`filling "${label}"`, options, () => options.getByLabel(label, { exact: true }).fill(value, { timeout: STEP_MS }));
  await fill('Profile name', input.name);
  await fill('Client ID', input.clientId ?? DEMO_CLIENT.clientId);
  await fill('Client secret', input.clientSecret ?? DEMO_CLIENT.clientSecret);
  await click(options.getByRole('button', { name: 'Save' }));
  await see(options.getByText(`Profile “${input.name}” saved.`));
  await see(profileRadio(options, input.name, 'Not connected'));
  await until(`profile "${input.name}" selected`, () => profileRadio(options, input.name).isChecked(), options);
}

/** The profile's radio in "Sign-in profile"; its name says the connection state. */
export function profileRadio(options: UiPage, name: string, status?: 'Connected' | 'Not connected' | 'Reconnect needed'): UiLocator {
  const group = options.getByRole('radiogroup', { name: 'Sign-in profile' });
  return group.getByRole('radio', { name: status ? `${name} — ${status}` : new RegExp(`^${escapeRegExp(name)} — `) });
}

/** The Connection panel (status line, Connect now / Reconnect / Sign out). */
export function connectionPanel(options: UiPage): UiLocator {
  return options.getByRole('region', { name: 'Connection' });
}

// ---------------------------------------------------------------------------------------------
// Atlassian's consent page

/** Chromium: does `action` (a click on Connect) and returns the consent page the auth flow opened:
 *  a normal page in headless Chromium, received through the context's `page` event. */
export async function consentPageAfter(context: BrowserContext, action: () => Promise<void>): Promise<Page> {
  const opened: Page[] = [];
  const onPage = (page: Page) => opened.push(page);
  context.on('page', onPage);
  try {
    await action();
    let found: Page | undefined;
    await until('Atlassian consent page opened', () => {
      found = opened.find((page) => !page.isClosed() && CONSENT_URL.test(page.url()));
      return found !== undefined;
    }, opened.at(-1) ?? context.pages().at(-1)).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}\nopen pages: ${pagesText(context)}`, { cause: error });
    });
    const consent = found as Page;
    consent.setDefaultTimeout(STEP_MS);
    await see(consent.getByRole('button', { name: 'Accept' }));
    return consent;
  } finally {
    context.off('page', onPage);
  }
}

/** Clicks "Accept" or "Deny" on the consent page and waits for the flow to close it (the browser
 *  closes the window once it lands on the extension's redirect URL). */
export async function decide(consent: UiPage, decision: 'Accept' | 'Deny'): Promise<void> {
  // The page may close while the click still settles; its closing is what counts.
  await consent.getByRole('button', { name: decision }).click({ timeout: STEP_MS }).catch((error: unknown) => {
    if (!consent.isClosed()) throw error;
  });
  await until(`consent page closing after "${decision}"`, () => consent.isClosed(), consent);
}

/** Clicks the Connect button found by `connectButton` and answers the consent page. */
export async function connectThroughConsent(
  context: BrowserContext,
  connectButton: UiLocator,
  decision: 'Accept' | 'Deny',
): Promise<void> {
  const consent = await consentPageAfter(context, () => click(connectButton));
  await decide(consent, decision);
}

// ---------------------------------------------------------------------------------------------
// Sites

export function siteOf(sim: Simulator, name: 'Acme' | 'Globex') {
  const site = sim.state.sites.find((s) => s.site.name === name)?.site;
  if (!site) throw new Error(`the simulator has no site "${name}"`);
  return site;
}

/** Options page "Jira site" radio group → picks the site, and waits until the worker has looked up
 *  who the user is there (which it does after remembering the choice). */
export async function pickSiteOnOptionsPage(options: UiPage, sim: Simulator, name: 'Acme' | 'Globex'): Promise<void> {
  const group = options.getByRole('radiogroup', { name: 'Jira site' });
  await see(group);
  const myself = `/ex/jira/${siteOf(sim, name).id}/rest/api/3/myself`;
  const before = sim.log.filter((e) => e.path === myself && e.status === 200).length;
  await click(group.getByRole('radio', { name: new RegExp(`^${name} `) }));
  await until(`worker confirmed site ${name}`, () => sim.log.filter((e) => e.path === myself && e.status === 200).length > before, options);
  await see(options.getByText(`Signed in as ${firstUserName(sim)}`));
}

// ---------------------------------------------------------------------------------------------
// Popup

export function firstUserName(sim: Simulator): string {
  const user = sim.state.users[0];
  if (!user) throw new Error('the simulator has no users');
  return user.displayName;
}

/** The popup's header line "<user> on <site>". */
export function sessionLine(popup: UiPage, user: string, site: string): UiLocator {
  return popup.getByText(`${user} on ${site}`, { exact: true });
}

/** Opens the popup and waits for "<user> on <site>", with the site chosen in the "Jira site" select. */
export async function expectPopupSession<P extends UiPage>(h: Pick<Lane<P>, 'openPage' | 'sim'>, site: 'Acme' | 'Globex'): Promise<P> {
  const popup = await openPage(h, 'popup.html');
  await see(sessionLine(popup, firstUserName(h.sim), site));
  const chosen = await popup.getByRole('combobox', { name: 'Jira site' }).inputValue({ timeout: STEP_MS });
  if (chosen !== siteOf(h.sim, site).id) {
    throw new Error(`the popup's "Jira site" select has ${chosen}, not ${site} (${siteOf(h.sim, site).id})`);
  }
  return popup;
}

// ---------------------------------------------------------------------------------------------
// Whole journeys

/** A fresh custom profile made on the options page, not connected yet. Returns the options page
 *  (still open). */
export async function optionsWithNewProfile<P extends UiPage>(h: Pick<Lane<P>, 'openPage'>, name: string): Promise<P> {
  const options = await openPage(h, 'options.html');
  await createProfileOnOptionsPage(options, { name });
  return options;
}

/** A fresh custom profile, connected on the options page and set to `site`. Returns the options
 *  page (still open). */
export async function signInWithNewProfile<P extends UiPage>(h: Lane<P>, name: string, site: 'Acme' | 'Globex'): Promise<P> {
  const options = await optionsWithNewProfile(h, name);
  const consent = await h.consentPageAfter(() => click(options.getByRole('button', { name: 'Connect now' })));
  await decide(consent, 'Accept');
  await see(profileRadio(options, name, 'Connected'));
  await pickSiteOnOptionsPage(options, h.sim, site);
  return options;
}

// ---------------------------------------------------------------------------------------------
// The simulator's log

export const isTokenRequest = (e: LoggedRequest) => e.host === 'auth.atlassian.com' && e.method === 'POST' && e.path === '/oauth/token';
export const isAuthorizeRequest = (e: LoggedRequest) => e.host === 'auth.atlassian.com' && e.path === '/authorize';
export const grantTypeOf = (e: LoggedRequest) => (e.body as Record<string, unknown> | undefined)?.grant_type;

/** One line per request, for assertion messages. */
export function logText(sim: Simulator): string {
  return sim.log.map((e) => `${e.method} ${e.host}${e.path} → ${e.status}`).join('\n');
}

// ---------------------------------------------------------------------------------------------
// The service worker (Chromium)

/** The extension's running service worker; after a stop, the next one (woken by a page). */
export async function liveWorker(h: Harness): Promise<Worker> {
  const prefix = `chrome-extension://${h.extensionId}/`;
  const running = () => h.context.serviceWorkers().find((w) => w.url().startsWith(prefix));
  let worker = running();
  if (!worker) {
    const wake = await openPage(h, 'options.html');
    await until('service worker running again', () => running() !== undefined, wake);
    await wake.close();
    worker = running();
  }
  return worker as Worker;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What the extension's worker reads from one storage area (everything in it). */
export function readArea(worker: Worker, area: 'local' | 'session' | 'sync'): Promise<Record<string, unknown>> {
  return worker.evaluate(
    (name) => (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage[name].get(null),
    area,
  );
}

interface ChromeStorage {
  storage: Record<'local' | 'session' | 'sync', { get(keys: null): Promise<Record<string, unknown>> }>;
}
