import { useOnline } from './useOnline.ts';

export const OFFLINE_TEXT = 'You are offline. What you type is kept; Jira is asked again when you are back online.';

/**
 * The one line a page shows while the browser is offline, at its top. The live region exists from
 * the start, so screen readers announce it when it fills (a region added with its text often is
 * not): one polite status, however many requests fail meanwhile.
 */
export function OfflineStatus() {
  const online = useOnline();
  return (
    <div class="offline-status" role="status">
      {!online && <p>{OFFLINE_TEXT}</p>}
    </div>
  );
}
