// Work a page can do ahead of need once it has nothing else to do: loading the code of a section
// the user has not chosen yet, so choosing it shows it at once (an extension file takes about 10 ms
// to arrive: README, "Performance"). requestIdleCallback waits until the browser is idle after the
// page's frames are painted, and no longer than `timeout`; where a browser lacks it, a timer stands in.
// https://w3c.github.io/requestidlecallback/#the-requestidlecallback-method

type IdleScope = {
  requestIdleCallback?: (work: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
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
