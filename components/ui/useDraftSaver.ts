import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { createDraftSaver } from '../../lib/storage/draft-saver.ts';
import { discardDraft, saveDraft, type StoredDraft } from '../../lib/storage/drafts.ts';
import { DraftStorage } from './draft-storage.ts';

/** Pause in typing after which a draft is written. */
export const DRAFT_DELAY_MS = 400;

/** What the page tells the user about the draft, beside the form (DraftStatus.tsx). */
export interface DraftStatusState {
  /** Why the last write was refused (quota exceeded, a storage error); null once one goes through. */
  failure: string | null;
}

const reasonOf = (error: unknown): string => {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\.$/, '') || 'the browser gave no reason';
};

/**
 * The scope's draft saver. What is scheduled is written at once when the page is hidden or closed
 * (the popup closes without warning when it loses focus) and when the form goes away.
 */
export function useDraftSaver(scope: string) {
  const area = useContext(DraftStorage);
  const [failure, setFailure] = useState<string | null>(null);
  const saver = useMemo(
    () =>
      createDraftSaver<StoredDraft>({
        write: (draft) => (draft ? saveDraft(area, scope, draft) : discardDraft(area, scope)),
        delayMs: DRAFT_DELAY_MS,
        onError: (error) => setFailure(reasonOf(error)),
        onSaved: () => setFailure(null),
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
  const status: DraftStatusState = { failure };
  return { area, saver, status };
}
