// Launches Debian's Chromium with the built extension loaded, reaching Atlassian's production
// hostnames at the local simulator. Shared by the end-to-end suite and `npm run demo`.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** The real binary: /usr/bin/chromium is a wrapper script that adds flags of its own. */
export const CHROMIUM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string {
  const found = process.env.CHROMIUM_PATH ?? CHROMIUM_PATHS.find((path) => existsSync(path));
  if (!found) throw new Error(`Chromium not found (looked in ${CHROMIUM_PATHS.join(', ')}); install Debian's chromium.`);
  return found;
}

export interface LaunchOptions {
  extensionDir: string;
  /** `MAP auth.atlassian.com 127.0.0.1:<port>, MAP api.atlassian.com 127.0.0.1:<port>` */
  hostResolverRules: string;
  headless: boolean;
  userDataDir?: string;
  /** Another way to start Chromium (policy-browser.ts); findChromium() when absent. */
  executablePath?: string;
  extraArgs?: string[];
  /** More unpacked extensions to load alongside (the benchmarks' no-op extension). `worker` and
   *  `extensionId` are then those of whichever started first: find each one by its own id. */
  alsoLoad?: string[];
  /** The browser's language (`de`, `ja`): what chrome.i18n answers in. English when absent. */
  language?: string;
}

/** On Linux, --lang alone picks the messages Chromium reads but not the language it reports
 *  (i18n.getUILanguage, navigator.language), which follows the LANGUAGE environment variable, as
 *  the i18n reference says under "set the browser's locale"; both are set. Debian's Chromium needs
 *  chromium-l10n for any other language than English (.ci/setup).
 *  https://developer.chrome.com/docs/extensions/reference/api/i18n */
function languageSettings(language: string | undefined): { args: string[]; env?: Record<string, string> } {
  if (!language) return { args: [] };
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  return { args: [`--lang=${language}`], env: { ...env, LANGUAGE: language } };
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
}

export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedBrowser> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'qaj-profile-'));
  const extensions = [options.extensionDir, ...(options.alsoLoad ?? [])].join(',');
  const language = languageSettings(options.language);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.executablePath ?? findChromium(),
    ...(language.env ? { env: language.env } : {}),
    headless: options.headless,
    // Playwright passes --disable-extensions itself; naming ours as the exception is what loads it.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      `--host-resolver-rules=${options.hostResolverRules}`,
      // The simulator's certificate is self-signed for auth.atlassian.com and api.atlassian.com.
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      // This machine's network is closed: background fetches only produce refused connections.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...language.args,
      ...(options.extraArgs ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, userDataDir };
}
