import { useContext, useEffect, useMemo } from 'preact/hooks';
import { createDraftSaver } from '../../lib/storage/draft-saver.ts';
import { discardDraft, saveDraft, type StoredDraft } from '../../lib/storage/drafts.ts';
import { DraftStorage } from './draft-storage.ts';

/** Pause in typing after which a draft is written. */
export const DRAFT_DELAY_MS = 400;

/**
 * The scope's draft saver. What is scheduled is written at once when the page is hidden or closed
 * (the popup closes without warning when it loses focus) and when the form goes away.
 */
export function useDraftSaver(scope: string) {
  const area = useContext(DraftStorage);
  const saver = useMemo(
    () =>
      createDraftSaver<StoredDraft>({
        write: (draft) => (draft ? saveDraft(area, scope, draft) : discardDraft(area, scope)),
        delayMs: DRAFT_DELAY_MS,
      }),
    [area, scope],
  );
  useEffect(() => {
    const flush = () => void saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [saver]);
  return { area, saver };
}
