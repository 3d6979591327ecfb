// Which JavaScript an extension page loads before it is ready, gzipped, from the build on disk:
// what the budget test holds to a limit. Every script the page asks for before it marks itself
// ready (its `qaj:ready` User Timing mark, README "Performance") counts, whether from <script>,
// modulepreload or import(); what it asks for after that mark (code for what follows the first
// frame) does not, however late the check below notices that the page is ready. A page without the
// mark counts every script it asked for by then.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Request } from 'playwright-core';
import type { ReadyCheck } from './page-ready.ts';
import { STEP_MS } from './steps.ts';

export interface LoadedScript {
  /** Path inside the extension, e.g. `chunks/popup-abc123.js`. */
  path: string;
  gzipBytes: number;
}

/** gzip (level 9) size of a file of the build. */
export function gzipSizeOf(extensionDir: string, path: string): number {
  return gzipSync(readFileSync(join(extensionDir, path)), { level: 9 }).length;
}

/** Opens `page` of the extension in a new tab, waits until `isReady` holds, and returns every
 *  script the tab requested before it marked itself ready, with its gzip size. The tab is closed
 *  afterwards. */
export async function jsBeforeReady(
  context: BrowserContext,
  extensionId: string,
  extensionDir: string,
  page: string,
  isReady: ReadyCheck,
): Promise<LoadedScript[]> {
  const tab = await context.newPage();
  const origin = `chrome-extension://${extensionId}/`;
  const requested = new Set<string>();
  const scripts: Request[] = [];
  tab.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(origin) && new URL(url).pathname.endsWith('.js')) scripts.push(request);
  });
  try {
    await tab.goto(origin + page);
    await tab.waitForFunction(isReady, undefined, { timeout: STEP_MS });
    // When the page marked itself ready, on the clock of the requests' timing (epoch ms).
    // https://w3c.github.io/hr-time/#dom-performance-timeorigin
    // https://playwright.dev/docs/api/class-request#request-timing
    const readyAt = await tab.evaluate(() => {
      const mark = performance.getEntriesByName('qaj:ready')[0];
      return mark ? performance.timeOrigin + mark.startTime : Number.POSITIVE_INFINITY;
    });
    // Chrome's resource timing leaves out the extension's own files, so the requests Playwright
    // saw are the record. A request's timing is known once its response is in: wait for those
    // still on their way, including any the page made while waiting (what it loads once ready and
    // idle), which would otherwise have no timing yet. One whose start stays unknown (-1) counts.
    for (let waited = -1; waited !== scripts.length; ) {
      waited = scripts.length;
      await Promise.all(scripts.map((request) => request.response().catch(() => null)));
    }
    for (const request of scripts) {
      if (request.timing().startTime <= readyAt) requested.add(new URL(request.url()).pathname.slice(1));
    }
  } finally {
    await tab.close();
  }
  return [...requested].sort().map((path) => ({ path, gzipBytes: gzipSizeOf(extensionDir, path) }));
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** "popup JS before ready: 27.1 KB gz (chunks/popup-x.js 11.3, chunks/client-y.js 15.8)" */
export function describeScripts(what: string, scripts: LoadedScript[]): string {
  const total = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  return `${what}: ${kb(total)} KB gz (${scripts.map((s) => `${s.path} ${kb(s.gzipBytes)}`).join(', ')})`;
}
