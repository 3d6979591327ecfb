import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { DraftElsewhere } from '../../lib/storage/draft-elsewhere.ts';
import { createDraftSaver } from '../../lib/storage/draft-saver.ts';
import type { StoredDraft } from '../../lib/storage/drafts.ts';
import { DraftStorage } from './draft-storage.ts';
import { useDraftElsewhere } from './useDraftElsewhere.ts';
import { t } from '../../lib/i18n/page-text.ts';

/** Pause in typing after which a draft is written. */
export const DRAFT_DELAY_MS = 400;

/** What the page tells the user about the draft, beside the form (DraftStatus.tsx). */
export interface DraftStatusState {
  /** The error that refused the last write (quota exceeded, a storage error); null once one goes through. */
  failure: unknown;
  /** Another window wrote or removed this draft; this window writes nothing until the user chooses. */
  elsewhere: DraftElsewhere | null;
}

/**
 * The scope's draft saver. What is scheduled is written at once when the page is hidden or closed
 * (the popup closes without warning when it loses focus) and when the form goes away.
 */
export function useDraftSaver(scope: string) {
  const area = useContext(DraftStorage);
  const [failure, setFailure] = useState<unknown>(null);
  const others = useDraftElsewhere(area, scope);
  const saver = useMemo(
    () =>
      createDraftSaver<StoredDraft>({
        write: others.write,
        delayMs: DRAFT_DELAY_MS,
        onError: (error) => setFailure(error ?? t('draftNoReason')),
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
  const status: DraftStatusState = { failure, elsewhere: others.elsewhere };
  const sync = {
    /** The user loaded the newer version (`status.elsewhere`) into the form. */
    loaded: others.settle,
    /** The user keeps this window's version (`current`, null for none): it is written now. */
    keep: (current: StoredDraft | null) => {
      others.settle();
      void saver.now(current);
    },
    /** Jira took the form: the draft is gone, whoever removes it. */
    reset: others.reset,
  };
  return { area, saver, status, sync };
}
