// What the shared journey steps need from a page and its elements, so that a journey is written
// once for both lanes: Playwright's Page and Locator have all of it as they are (Chromium), and
// test/firefox/ui-page.ts gives it to Puppeteer's pages (Firefox). The names and meanings are
// Playwright's: https://playwright.dev/docs/api/class-locator
import type { Simulator } from '../sim/server.ts';

export interface NameOptions {
  /** A string matches case-insensitively anywhere in the accessible name, unless `exact`. */
  name?: string | RegExp;
  exact?: boolean;
}

export interface TextOptions {
  exact?: boolean;
}

export interface UiScope {
  getByRole(role: string, options?: NameOptions): UiLocator;
  getByText(text: string | RegExp, options?: TextOptions): UiLocator;
  getByLabel(text: string | RegExp, options?: TextOptions): UiLocator;
  /** A CSS selector inside this scope; `has` keeps the matches that contain such an element. */
  locator(selector: string, options?: { has?: UiLocator }): UiLocator;
}

interface Timeout {
  timeout?: number;
}

export interface UiLocator extends UiScope {
  filter(options: { hasText?: string | RegExp }): UiLocator;
  page(): UiPage;
  click(options?: Timeout): Promise<void>;
  fill(value: string, options?: Timeout): Promise<void>;
  press(key: string, options?: Timeout): Promise<void>;
  selectOption(option: { label: string }, options?: Timeout): Promise<string[]>;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden' } & Timeout): Promise<void>;
  inputValue(options?: Timeout): Promise<string>;
  textContent(options?: Timeout): Promise<string | null>;
  getAttribute(name: string, options?: Timeout): Promise<string | null>;
  isChecked(options?: Timeout): Promise<boolean>;
  isVisible(): Promise<boolean>;
  count(): Promise<number>;
  allTextContents(): Promise<string[]>;
}

export interface UiPage extends UiScope {
  url(): string;
  isClosed(): boolean;
  close(): Promise<void>;
}

/** One browser with the extension, against the simulator: what a journey needs from either lane. */
export interface Lane<P extends UiPage = UiPage> {
  sim: Simulator;
  /** Opens an extension page (`popup.html`, `options.html`) in a tab, as the toolbar would. */
  openPage(path: string): Promise<P>;
  /** Does `action` (a click on Connect) and returns Atlassian's consent page that the auth flow
   *  opened, with its Accept button shown. */
  consentPageAfter(action: () => Promise<void>): Promise<P>;
  /** Stops the background (Chrome's service worker, Firefox's event page) the way the browser
   *  does when it is idle: globals gone, storage kept. */
  stopWorker(): Promise<void>;
}
