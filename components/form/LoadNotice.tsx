import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import type { Load } from './load-state.ts';

interface Props {
  load: Load<unknown>;
  /** "Loading projects…" */
  loading: string;
  retry: () => void;
}

/** The waiting line or the failure (with Try again) of one fetch; nothing once it is in. Every
 *  fetch here is a read, so one that failed offline runs again when the browser is back online. */
export function LoadNotice({ load, loading, retry }: Props) {
  if (load.state === 'loading') {
    return (
      <p class="hint" role="status">
        {loading}
      </p>
    );
  }
  if (load.state === 'failed') return <ErrorNotice error={load.error} onRetry={retry} retryWhenOnline />;
  return null;
}
