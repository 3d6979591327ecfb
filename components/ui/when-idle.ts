// Work a page can do ahead of need once it is of use and has nothing else to do: loading the code
// of a section the user has not chosen yet, so choosing it shows it at once (an extension file
// takes about 10 ms to arrive: README, "Performance"). Not before the page is ready: files loaded
// while the page still waits for its own answers would compete with them. requestIdleCallback
// waits until the browser is idle after the page's frames are painted, and no longer than
// `timeout`; where a browser lacks it, a timer stands in.
// https://w3c.github.io/requestidlecallback/#the-requestidlecallback-method
import { READY_MARK } from './ready-mark.ts';

type IdleScope = {
  requestIdleCallback?: (work: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
  PerformanceObserver?: typeof PerformanceObserver;
};

/** Runs `work` once the page is idle; returns what cancels it (an effect's cleanup). */
export function whenIdle(work: () => void, timeout = 2_000): () => void {
  const scope = globalThis as IdleScope;
  if (scope.requestIdleCallback && scope.cancelIdleCallback) {
    const id = scope.requestIdleCallback(work, { timeout });
    const cancel = scope.cancelIdleCallback;
    return () => cancel(id);
  }
  const timer = setTimeout(work, 200);
  return () => clearTimeout(timer);
}

/** Runs `work` once the page has marked itself ready (ready-mark.ts) and is then idle; a page that
 *  has not within `notReadyAfter` ms (nothing to show yet: no project chosen, not signed in) is
 *  not waited for longer.
 *  https://w3c.github.io/performance-timeline/#the-performanceobserver-interface */
export function whenReadyAndIdle(work: () => void, timeout = 2_000, notReadyAfter = 3_000): () => void {
  const Observer = (globalThis as IdleScope).PerformanceObserver;
  if (!Observer || performance.getEntriesByName(READY_MARK, 'mark').length > 0) return whenIdle(work, timeout);
  let cancelIdle: (() => void) | undefined;
  const start = () => {
    observer.disconnect();
    clearTimeout(fallback);
    cancelIdle ??= whenIdle(work, timeout);
  };
  const observer = new Observer((list) => {
    if (list.getEntriesByName(READY_MARK).length > 0) start();
  });
  observer.observe({ type: 'mark' });
  const fallback = setTimeout(start, notReadyAfter);
  return () => {
    observer.disconnect();
    clearTimeout(fallback);
    cancelIdle?.();
  };
}
