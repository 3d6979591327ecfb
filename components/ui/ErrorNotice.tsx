import type { CodedError } from '../../lib/errors.ts';
import { useOnline } from './useOnline.ts';
import { useRetryWhenOnline } from './useRetryWhenOnline.ts';

interface Props {
  error: CodedError;
  onRetry?: () => void;
  /** `onRetry` only reads: after a network failure it runs by itself once the browser is back
   *  online. Never for a write (useRetryWhenOnline.ts). */
  retryWhenOnline?: boolean;
}

/** A failure the user can act on: what went wrong, and a way to try again. */
export function ErrorNotice({ error, onRetry, retryWhenOnline = false }: Props) {
  const online = useOnline();
  useRetryWhenOnline(error, retryWhenOnline ? onRetry : undefined);
  // Offline, the page's one offline status (OfflineStatus.tsx) has said why: this failure is a
  // polite status that says what happens next, not one more alert for each request that failed.
  const offline = !online && error.code === 'network';
  return (
    <div class="notice notice-error" role={offline ? 'status' : 'alert'}>
      <p>{offline ? offlineText(retryWhenOnline && onRetry !== undefined) : error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

function offlineText(again: boolean): string {
  return again ? 'You are offline: this loads again by itself when you are back online.' : 'You are offline: try again when you are back online.';
}
