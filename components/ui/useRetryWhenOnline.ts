import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';

/**
 * A read that failed because there was no network is tried again, once, when the browser is back
 * online (its `online` event), so the user does not have to find every Try again. Only for reads:
 * a create or an edit whose answer was lost may have happened, so it waits for the user to press
 * its button again. https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2
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
    addEventListener('online', again, { once: true });
    return () => removeEventListener('online', again);
  }, [error, armed]);
}
