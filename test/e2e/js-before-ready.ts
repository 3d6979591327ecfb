// Which JavaScript an extension page loads before it is ready, gzipped, from the build on disk:
// what the budget test holds to a limit. Every script request the page makes counts, whether from
// <script>, modulepreload or import().
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
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
 *  script the tab requested up to then, with its gzip size. The tab is closed afterwards. */
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
  tab.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(origin) && new URL(url).pathname.endsWith('.js')) requested.add(new URL(url).pathname.slice(1));
  });
  try {
    await tab.goto(origin + page);
    await tab.waitForFunction(isReady, undefined, { timeout: STEP_MS });
    // Requests are reported asynchronously; the page's own record of what it fetched is complete.
    const fetched = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    for (const url of fetched) {
      if (url.startsWith(origin) && new URL(url).pathname.endsWith('.js')) requested.add(new URL(url).pathname.slice(1));
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
