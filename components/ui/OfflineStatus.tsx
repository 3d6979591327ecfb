import { useOnline } from './useOnline.ts';
import { t } from '../../lib/i18n/page-text.ts';

export const offlineText = () => t('offlineKept');

/**
 * The one line a page shows while the browser is offline, at its top. The live region exists from
 * the start, so screen readers announce it when it fills (a region added with its text often is
 * not): one polite status, however many requests fail meanwhile.
 */
export function OfflineStatus() {
  const online = useOnline();
  return (
    <div class="offline-status" role="status">
      {!online && <p>{offlineText()}</p>}
    </div>
  );
}
