import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';

/** Waits before each read tried again while the network is settling, and so how many there are. */
export const SETTLING_RETRY_MS = [500, 1_000, 2_000, 4_000] as const;
/** How long after the page's `online` event the network counts as settling. */
const SETTLING_MS = 10_000;

/** When this page last saw the network come back, and how many reads it has tried again since. */
let backOnline = { at: -Infinity, retries: 0 };
globalThis.addEventListener?.('online', () => {
  backOnline = { at: Date.now(), retries: 0 };
});

/**
 * A read that failed because there was no network is tried again, once, when the browser is back
 * online (its `online` event), so the user does not have to find every Try again. Only for reads:
 * a create or an edit whose answer was lost may have happened, so it waits for the user to press
 * its button again. https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2
 *
 * The worker is another process and learns that the network is back on its own event, which can
 * come a moment after the page's: a read tried again at once may fail for the network once more,
 * with the page already online and no event left to wait for. Such a failure, within 10 s of the
 * page's `online` event, is tried again after a short wait, a few times (SETTLING_RETRY_MS), so the
 * page does not stay on the error (test/e2e/offline.e2e.ts, the options page's sites).
 */
export function useRetryWhenOnline(error: CodedError, retry: (() => void) | undefined): void {
  // The latest retry, without listening again when a parent passes a new function.
  const latest = useRef(retry);
  latest.current = retry;
  const armed = retry !== undefined && error.code === 'network';
  // Listening from the moment the notice is on screen, not a frame later (useEffect), so a network
  // that comes back at once is not missed.
  useLayoutEffect(() => {
    if (!armed) return;
    const again = () => latest.current?.();
    const wait = SETTLING_RETRY_MS[backOnline.retries];
    if (navigator.onLine && wait !== undefined && Date.now() - backOnline.at < SETTLING_MS) {
      backOnline.retries++;
      const timer = setTimeout(again, wait);
      return () => clearTimeout(timer);
    }
    addEventListener('online', again, { once: true });
    return () => removeEventListener('online', again);
  }, [error, armed]);
}
