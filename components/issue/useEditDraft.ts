import { useEffect, useRef, useState } from 'preact/hooks';
import { editScope, readDraft, type EditDraftRecord } from '../../lib/storage/drafts.ts';
import { useDraftSaver } from '../ui/useDraftSaver.ts';
import type { EditDraft } from './edit-draft.ts';
import { changedEditFields } from './restore-edit.ts';

/**
 * An issue's edit draft: found when the issue is opened, saved (debounced) while the form is open,
 * and removed only when Jira accepts the edit, or the user discards it (Cancel, Discard).
 */
export function useEditDraft(siteId: string, issueKey: string, now: () => number = Date.now) {
  const { area, saver, status, sync } = useDraftSaver(editScope(siteId, issueKey));
  /** The saved changes: offered in the view, put back into the form on "Continue editing". */
  const [found, setFound] = useState<EditDraftRecord | null>(null);
  const [discarded, setDiscarded] = useState<EditDraftRecord | null>(null);
  const latest = useRef<EditDraftRecord | null>(null);
  /** What was last saved, so an unchanged form writes nothing; '[]' is no change at all. */
  const lastSignature = useRef('[]');

  useEffect(() => {
    let live = true;
    void readDraft(area, editScope(siteId, issueKey), now())
      .catch(() => undefined)
      .then((draft) => {
        if (!live || draft?.kind !== 'edit' || draft.issueKey !== issueKey) return;
        latest.current = draft;
        setFound(draft);
      });
    return () => {
      live = false;
    };
  }, []);

  const forget = () => {
    latest.current = null;
    lastSignature.current = '[]';
    setFound(null);
    void saver.now(null);
  };

  return {
    found,
    discarded,
    /** A refused write, or the draft changed in another window, for DraftStatus. */
    status,
    /** Offers the newer changes another window saved, as if the issue had just been opened. */
    loadNewer: () => {
      const newer = status.elsewhere?.kind === 'changed' ? status.elsewhere.draft : null;
      if (newer?.kind === 'edit' && newer.issueKey === issueKey) {
        latest.current = newer;
        setFound(newer);
      }
      sync.loaded();
    },
    /** Writes this form's changes over what another window wrote or removed. */
    keepMine: () => sync.keep(latest.current),
    /** The form changed. */
    onForm: (draft: EditDraft) => {
      const fields = changedEditFields(draft);
      const signature = JSON.stringify(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b)));
      if (signature === lastSignature.current) return;
      lastSignature.current = signature;
      setDiscarded(null);
      if (Object.keys(fields).length === 0) {
        latest.current = null;
        saver.schedule(null);
        return;
      }
      latest.current = { kind: 'edit', savedAt: now(), siteId, issueKey, fields };
      saver.schedule(latest.current);
    },
    /** The form closed with a save on its way: keep the draft until Jira answers. */
    hold: () => void saver.flush(),
    /** Jira accepted the edit. */
    confirmed: () => {
      sync.reset();
      setDiscarded(null);
      forget();
    },
    discard: () => {
      setDiscarded(latest.current);
      forget();
    },
    undo: () => {
      if (!discarded) return;
      latest.current = discarded;
      setFound(discarded);
      setDiscarded(null);
      void saver.now(discarded);
    },
  };
}
