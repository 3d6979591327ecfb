// The generic end-to-end steps of both lanes: every wait has its own timeout, and a wait that runs
// out says which step and which page it was on, since a DNS or TLS problem inside an auth flow
// hangs instead of failing.
import type { UiLocator, UiPage } from './ui.ts';

/** One UI step: page loads, a worker round trip, Atlassian's consent page appearing. */
export const STEP_MS = 15_000;

/** Runs one wait; when it fails, the error names the step and the page URL it was on. */
export async function step<T>(what: string, page: UiPage | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const where = page ? (page.isClosed() ? `${page.url()} (closed)` : page.url()) : '(no page)';
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${what} failed; last page URL: ${where}\n${message}`, { cause: error });
  }
}

/** Waits until the element is visible. */
export function see(locator: UiLocator, timeout = STEP_MS): Promise<void> {
  return step(`waiting for ${String(locator)}`, locator.page(), () => locator.waitFor({ state: 'visible', timeout }));
}

/** Waits until the element is gone (hidden or detached). */
export function gone(locator: UiLocator, timeout = STEP_MS): Promise<void> {
  return step(`waiting for ${String(locator)} to go`, locator.page(), () => locator.waitFor({ state: 'hidden', timeout }));
}

export function click(locator: UiLocator, timeout = STEP_MS): Promise<void> {
  return step(`clicking ${String(locator)}`, locator.page(), () => locator.click({ timeout }));
}

/** Polls a condition (the simulator's log, say) until it holds. */
export async function until(what: string, condition: () => boolean | Promise<boolean>, page?: UiPage, timeout = STEP_MS) {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      const where = page ? page.url() : '(no page)';
      throw new Error(`${what}: not true within ${timeout} ms; last page URL: ${where}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
