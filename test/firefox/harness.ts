// One simulator and one firefox-esr per test file, like the Chromium harness. Every test ends by
// checking that nothing the extension sent broke Atlassian's OpenAPI spec, and that no extension
// page, the event page included, logged an uncaught error or an unhandled rejection meanwhile.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startSimulator } from '../sim/server.ts';
import { expectNoViolations } from '../sim/spec-guard.ts';
import type { SimOptions } from '../sim/types.ts';
import { ROOT } from '../e2e/build-extension.ts';
import { step, STEP_MS, until } from '../e2e/steps.ts';
import type { Lane } from '../e2e/ui.ts';
import { FIREFOX_BUILD } from './build.ts';
import { ChromeScope } from './chrome-scope.ts';
import { launchFirefox } from './firefox.ts';
import { FirefoxPage } from './ui-page.ts';

const CONSENT_URL = /^https:\/\/auth\.atlassian\.com\/authorize(\?|$)/;

export interface FirefoxHarness extends Lane<FirefoxPage> {
  browser: Browser;
  chrome: ChromeScope;
  /** moz-extension://<uuid>/ */
  baseUrl: string;
  /** Fails with every error the extension logged since the test began (and forgets them). */
  expectNoExtensionErrors(): Promise<void>;
}

/** Opens `url` in a new tab and waits until its document is there. Load events of moz-extension
 *  pages are not reliable over BiDi, so the navigation is not awaited but polled. */
export async function openTab(browser: Browser, url: string): Promise<FirefoxPage> {
  const raw = await browser.newPage();
  const page = new FirefoxPage(raw, url);
  void raw.goto(url, { timeout: STEP_MS }).catch(() => {});
  await until(`${url} loaded`, async () => {
    const href = await raw.evaluate(() => (document.readyState === 'loading' ? '' : location.href)).catch(() => '');
    return href === url;
  }, page);
  return page;
}

export function useFirefox(simOptions: Partial<SimOptions> = {}): FirefoxHarness {
  const h = {} as FirefoxHarness;
  let tmp = '';
  // From the browser's start: an error logged while a beforeAll signs in fails the first test.
  let since = 0;

  beforeAll(async () => {
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    tmp = mkdtempSync(join(ROOT, '.tmp', 'firefox-'));
    h.sim = await startSimulator(simOptions);
    const launched = await launchFirefox({
      extensionDir: FIREFOX_BUILD,
      simPort: h.sim.port,
      certPem: h.sim.certPem,
      profileDir: join(tmp, 'profile'),
    });
    h.browser = launched.browser;
    h.baseUrl = launched.baseUrl;
    h.chrome = new ChromeScope(launched.browser, launched.geckoId);
    h.openPage = (path) => openTab(h.browser, `${h.baseUrl}${path}`);
    h.stopWorker = () => h.chrome.suspendEventPage();
    h.consentPageAfter = async (action) => {
      const target = h.browser.waitForTarget((t) => CONSENT_URL.test(t.url()), { timeout: STEP_MS });
      target.catch(() => {}); // awaited below; a failed action must not leave it unhandled
      await action();
      const raw = await (await target.catch(async (error: unknown) => {
        const open = await Promise.all((await h.browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => p.url())));
        throw new Error(`Atlassian consent page opening failed; open pages: ${open.join(', ') || '(none)'}\n${String(error)}`, { cause: error });
      })).page();
      if (!raw) throw new Error('the consent window has no page');
      const consent = new FirefoxPage(raw as Page);
      await step('waiting for Accept on the consent page', consent, () =>
        consent.getByRole('button', { name: 'Accept' }).waitFor({ state: 'visible', timeout: STEP_MS }),
      );
      return consent;
    };
    h.expectNoExtensionErrors = async () => {
      const errors = await h.chrome.consoleErrors(since, h.baseUrl);
      since = Date.now();
      if (errors.length > 0) {
        throw new Error(`the extension logged ${errors.length} error(s):\n${errors.map((e) => `${e.source}:${e.line} ${e.message}`).join('\n')}`);
      }
    };
  });

  afterEach(async () => {
    expectNoViolations(h.sim);
    await h.expectNoExtensionErrors();
  });

  afterAll(async () => {
    await h.browser?.close();
    await h.sim?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  return h;
}
