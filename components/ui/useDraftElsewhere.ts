import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StorageChange, WatchedArea } from '../../lib/storage/area.ts';
import { changeFromElsewhere, type DraftElsewhere } from '../../lib/storage/draft-elsewhere.ts';
import { discardDraft, saveDraft, type StoredDraft } from '../../lib/storage/drafts.ts';
import { draftKey } from '../../lib/storage/form-keys.ts';

/**
 * Follows the scope's draft key for writes from other windows. When another window wrote a newer
 * draft or removed it, the newer edit wins: this window stops writing (its writes are dropped, so
 * neither typing nor closing it puts its older version back) until the user chooses to load the
 * newer version or to keep this window's. It always asks rather than loading the newer version by
 * itself: replacing the form under the user's eyes would move their focus and their text with no
 * action of theirs, and a window that never asked has nothing to lose by waiting.
 */
export function useDraftElsewhere(area: WatchedArea, scope: string) {
  const [elsewhere, setElsewhere] = useState<DraftElsewhere | null>(null);
  const writer = useMemo(() => crypto.randomUUID(), []);
  /** `held`: another window's version stands; `removedLast`: this window's last write removed the draft. */
  const self = useRef({ held: false, removedLast: false });

  useEffect(() => {
    const events = area.onChanged;
    if (!events) return;
    const key = draftKey(scope);
    const listener = (changes: Record<string, StorageChange>) => {
      const change = changes[key];
      const seen = change && changeFromElsewhere(change, writer, self.current.removedLast);
      if (!seen) return;
      self.current.held = true;
      setElsewhere(seen);
    };
    events.addListener(listener);
    return () => events.removeListener(listener);
  }, [area, scope, writer]);

  const settle = () => {
    self.current.held = false;
    setElsewhere(null);
  };

  return {
    elsewhere,
    /** Writes this window's draft (null removes it), unless another window's version stands. */
    write: (draft: StoredDraft | null): Promise<void> => {
      if (self.current.held) return Promise.resolve();
      self.current.removedLast = draft === null;
      return draft ? saveDraft(area, scope, { ...draft, by: writer }) : discardDraft(area, scope);
    },
    /** The user loaded the newer version into the form: this window writes again. */
    settle,
    /** The form's draft is gone for good (Jira created the issue): a removal seen after is no news. */
    reset: () => {
      settle();
      self.current.removedLast = true;
    },
  };
}
