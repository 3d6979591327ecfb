import type { CodedError } from '../../lib/errors.ts';
import { errorText } from '../../lib/i18n/error-text.ts';
import { t } from '../../lib/i18n/page-text.ts';
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
export function ErrorNotice({ error, onRetry, retryWhenOnline }: Props) {
  const again = retryWhenOnline ? onRetry : undefined;
  useRetryWhenOnline(error, again);
  // Offline, the page's one offline status (OfflineStatus.tsx) has said why: a read that failed
  // for it is a polite status saying what happens next, not one more alert per request.
  const waits = !useOnline() && again !== undefined && error.code === 'network';
  return (
    <div class="notice notice-error" role={waits ? 'status' : 'alert'}>
      <p>{waits ? t('errorOffline') : errorText(error)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('tryAgain')}
        </button>
      )}
    </div>
  );
}
