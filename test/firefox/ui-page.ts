// Puppeteer's pages behind the interface the shared steps use (test/e2e/ui.ts), so a journey written
// for the Chromium lane runs in Firefox as it is. Elements are found in the page by role and
// accessible name (query.ts); the locators are in ui-locator.ts.
import type { ElementHandle, Page } from 'puppeteer-core';
import type { UiPage } from '../e2e/ui.ts';
import { queryAll, type Query } from './query.ts';
import { DEFAULT_MS, describe, Scope, sleep, type QueryPage } from './ui-locator.ts';

export { FirefoxLocator } from './ui-locator.ts';

const FIND = `(${queryAll.toString()})`;

export class FirefoxPage extends Scope implements UiPage, QueryPage {
  protected readonly owner: QueryPage = this;
  protected readonly chain: Query[] = [];
  readonly raw: Page;
  readonly #opened: string | undefined;

  /** `opened`: the address it was opened at, for messages; Puppeteer may not have seen the
   *  navigation of a moz-extension page it did not wait for. */
  constructor(raw: Page, opened?: string) {
    super();
    this.raw = raw;
    this.#opened = opened;
  }

  url(): string {
    const url = this.raw.url();
    return url === 'about:blank' && this.#opened ? this.#opened : url;
  }

  isClosed(): boolean {
    return this.raw.isClosed();
  }

  async close(): Promise<void> {
    if (!this.raw.isClosed()) await this.raw.close();
  }

  /** Counts of the elements the chain finds now, and of the visible ones among them. */
  async census(chain: Query[]): Promise<{ all: number; visible: number; texts: string[] }> {
    return this.raw.evaluate(
      `(() => { const els = ${FIND}(${JSON.stringify(chain)});
        const visible = els.filter((e) => e.checkVisibility({ visibilityProperty: true }));
        return { all: els.length, visible: visible.length, texts: els.map((e) => e.textContent ?? '') }; })()`,
    ) as Promise<{ all: number; visible: number; texts: string[] }>;
  }

  /** The one element the chain finds, waiting up to `timeout` for it; more than one is an error. */
  async one(chain: Query[], timeout = DEFAULT_MS): Promise<ElementHandle<Element>> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const handle = await this.raw.evaluateHandle(`(() => { const els = ${FIND}(${JSON.stringify(chain)}); return els.length === 1 ? els[0] : els.length; })()`);
      const element = handle.asElement() as ElementHandle<Element> | null;
      if (element) return element;
      const count = (await handle.jsonValue()) as number;
      await handle.dispose();
      if (count > 1) throw new Error(`strict mode violation: ${chain.map(describe).join('.')} resolved to ${count} elements`);
      if (Date.now() > deadline) throw new Error(`Timeout ${timeout} ms exceeded waiting for ${chain.map(describe).join('.')}`);
      await sleep(100);
    }
  }
}
