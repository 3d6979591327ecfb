// Locators for the Firefox lane, lazy like Playwright's: each action finds its element again in
// the page (query.ts), waits for it up to its timeout, and fails on an ambiguous one. What they
// offer is the shared steps' interface (test/e2e/ui.ts).
import type { ElementHandle } from 'puppeteer-core';
import type { NameOptions, TextOptions, UiLocator, UiPage } from '../e2e/ui.ts';
import { matcherOf, type Matcher, type Query } from './query.ts';

export const DEFAULT_MS = 15_000;

/** What a locator needs from its page: find now, or wait for the one element. */
export interface QueryPage {
  readonly raw: { keyboard: { down(key: string): Promise<void>; up(key: string): Promise<void>; press(key: string): Promise<void> } };
  census(chain: Query[]): Promise<{ all: number; visible: number; texts: string[] }>;
  one(chain: Query[], timeout?: number): Promise<ElementHandle<Element>>;
}

function show(m: Matcher): string {
  return 'source' in m ? `/${m.source}/${m.flags}` : `'${m.text}'${m.exact ? ' (exact)' : ''}`;
}

export function describe(q: Query): string {
  switch (q.kind) {
    case 'role':
      return `getByRole('${q.role}'${q.name ? `, { name: ${show(q.name)} }` : ''})`;
    case 'text':
      return `getByText(${show(q.text)})`;
    case 'label':
      return `getByLabel(${show(q.text)})`;
    case 'css':
      return `locator('${q.selector}'${q.has ? `, { has: ${q.has.map(describe).join('.')} }` : ''})`;
    case 'filter':
      return `filter({ hasText: ${show(q.hasText)} })`;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export abstract class Scope {
  protected abstract readonly owner: QueryPage;
  protected abstract readonly chain: Query[];

  getByRole(role: string, options: NameOptions = {}): FirefoxLocator {
    const q: Query = { kind: 'role', role, ...(options.name !== undefined ? { name: matcherOf(options.name, options.exact) } : {}) };
    return new FirefoxLocator(this.owner, [...this.chain, q]);
  }

  getByText(text: string | RegExp, options: TextOptions = {}): FirefoxLocator {
    return new FirefoxLocator(this.owner, [...this.chain, { kind: 'text', text: matcherOf(text, options.exact) }]);
  }

  getByLabel(text: string | RegExp, options: TextOptions = {}): FirefoxLocator {
    return new FirefoxLocator(this.owner, [...this.chain, { kind: 'label', text: matcherOf(text, options.exact) }]);
  }

  locator(selector: string, options: { has?: UiLocator } = {}): FirefoxLocator {
    const has = options.has instanceof FirefoxLocator ? options.has.queries : undefined;
    return new FirefoxLocator(this.owner, [...this.chain, { kind: 'css', selector, ...(has ? { has } : {}) }]);
  }
}

export class FirefoxLocator extends Scope implements UiLocator {
  protected readonly owner: QueryPage;
  protected readonly chain: Query[];

  constructor(owner: QueryPage, chain: Query[]) {
    super();
    this.owner = owner;
    this.chain = chain;
  }

  get queries(): Query[] {
    return this.chain;
  }

  override toString(): string {
    return this.chain.map(describe).join('.');
  }

  page(): UiPage {
    return this.owner as unknown as UiPage;
  }

  filter(options: { hasText?: string | RegExp }): FirefoxLocator {
    if (options.hasText === undefined) return this;
    return new FirefoxLocator(this.owner, [...this.chain, { kind: 'filter', hasText: matcherOf(options.hasText) }]);
  }

  private async with<T>(timeout: number | undefined, act: (el: ElementHandle<Element>) => Promise<T>): Promise<T> {
    const el = await this.owner.one(this.chain, timeout);
    try {
      return await act(el);
    } finally {
      await el.dispose().catch(() => {});
    }
  }

  async click(options: { timeout?: number } = {}): Promise<void> {
    await this.waitFor({ state: 'visible', timeout: options.timeout ?? DEFAULT_MS });
    await this.with(options.timeout, (el) => el.click());
  }

  /** As Playwright's fill: the value replaced at once, then an input event (what Preact listens to). */
  async fill(value: string, options: { timeout?: number } = {}): Promise<void> {
    await this.waitFor({ state: 'visible', timeout: options.timeout ?? DEFAULT_MS });
    await this.with(options.timeout, async (el) => {
      await el.focus();
      await el.evaluate((node, text) => {
        const input = node as HTMLInputElement | HTMLTextAreaElement;
        const proto = Object.getPrototypeOf(input) as object;
        Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, text);
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, value);
    });
  }

  /** A key, with modifiers as Playwright writes them ("Control+Enter"). */
  async press(key: string, options: { timeout?: number } = {}): Promise<void> {
    type Key = Parameters<ElementHandle['press']>[0];
    const keys = key.split('+') as Key[];
    const main = keys.pop() as Key;
    const keyboard = this.owner.raw.keyboard;
    await this.with(options.timeout, async (el) => {
      await el.focus();
      for (const modifier of keys) await keyboard.down(modifier);
      try {
        await keyboard.press(main);
      } finally {
        for (const modifier of keys.reverse()) await keyboard.up(modifier);
      }
    });
  }

  async selectOption(option: { label: string }, options: { timeout?: number } = {}): Promise<string[]> {
    await this.waitFor({ state: 'visible', timeout: options.timeout ?? DEFAULT_MS });
    return this.with(options.timeout, async (el) => {
      const value = await el.evaluate((node, label) => {
        const found = [...(node as HTMLSelectElement).options].find((o) => o.label.trim() === label || o.text.trim() === label);
        return found ? found.value : null;
      }, option.label);
      if (value === null) throw new Error(`${String(this)} has no option "${option.label}"`);
      return (el as ElementHandle<HTMLSelectElement>).select(value);
    });
  }

  async waitFor(options: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number } = {}): Promise<void> {
    const state = options.state ?? 'visible';
    const timeout = options.timeout ?? DEFAULT_MS;
    const deadline = Date.now() + timeout;
    for (;;) {
      const seen = await this.owner.census(this.chain);
      const done = { attached: seen.all > 0, detached: seen.all === 0, visible: seen.visible > 0, hidden: seen.visible === 0 }[state];
      if (done) return;
      if (Date.now() > deadline) {
        // What was there instead: the texts the chain found without its last filter.
        const base = this.chain.at(-1)?.kind === 'filter' ? await this.owner.census(this.chain.slice(0, -1)) : seen;
        const texts = base.texts.slice(0, 5).map((t) => JSON.stringify(t.replace(/\s+/g, ' ').trim().slice(0, 80)));
        throw new Error(
          `Timeout ${timeout} ms exceeded waiting for ${String(this)} to be ${state} (found ${seen.all}, ${seen.visible} visible; ` +
            `${this.chain.at(-1)?.kind === 'filter' ? 'before the filter: ' : ''}${texts.join(', ') || 'nothing'})`,
        );
      }
      await sleep(100);
    }
  }

  inputValue(options: { timeout?: number } = {}): Promise<string> {
    return this.with(options.timeout, (el) => el.evaluate((node) => (node as HTMLInputElement).value));
  }

  textContent(options: { timeout?: number } = {}): Promise<string | null> {
    return this.with(options.timeout, (el) => el.evaluate((node) => node.textContent));
  }

  getAttribute(name: string, options: { timeout?: number } = {}): Promise<string | null> {
    return this.with(options.timeout, (el) => el.evaluate((node, n) => node.getAttribute(n), name));
  }

  isChecked(options: { timeout?: number } = {}): Promise<boolean> {
    return this.with(options.timeout, (el) =>
      el.evaluate((node) => (node as HTMLInputElement).checked === true || node.getAttribute('aria-checked') === 'true'),
    );
  }

  async isVisible(): Promise<boolean> {
    return (await this.owner.census(this.chain)).visible > 0;
  }

  async count(): Promise<number> {
    return (await this.owner.census(this.chain)).all;
  }

  async allTextContents(): Promise<string[]> {
    return (await this.owner.census(this.chain)).texts;
  }
}
