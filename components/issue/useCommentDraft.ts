import { useEffect, useRef, useState } from 'preact/hooks';
import { readDraft } from '../../lib/storage/drafts.ts';
import { useDraftSaver } from '../ui/useDraftSaver.ts';
import { commentDraft, commentScope, commentText } from './comment-draft.ts';

/**
 * The comment form's draft: found when the issue opens, saved (debounced, and at once when the
 * popup hides) while the user types, and removed when Jira accepts the comment (the worker does
 * that too, for a popup that closed meanwhile) or the user discards it.
 */
export function useCommentDraft(siteId: string, issueKey: string, now: () => number = Date.now) {
  const scope = commentScope(siteId, issueKey);
  const { area, saver, status, sync } = useDraftSaver(scope);
  /** The text found when the issue opened, and when it was saved: the form starts from it. */
  const [found, setFound] = useState<{ text: string; savedAt: number } | null>(null);
  /** Text discarded with "Discard draft", for Undo. */
  const [discarded, setDiscarded] = useState<string | null>(null);
  const latest = useRef('');

  useEffect(() => {
    let live = true;
    void readDraft(area, scope, now())
      .catch(() => undefined)
      .then((draft) => {
        const text = commentText(draft, issueKey);
        if (!live || text === undefined || !draft) return;
        latest.current = text;
        setFound({ text, savedAt: draft.savedAt });
      });
    return () => {
      live = false;
    };
  }, [scope]);

  const write = (text: string) => (text.trim() === '' ? null : commentDraft(siteId, issueKey, text, now()));

  return {
    scope,
    found,
    discarded,
    /** A refused write, or the draft changed in another window, for DraftStatus. */
    status,
    /** The user typed: called in the keystroke's own task, so a popup closed right after keeps it. */
    onText: (text: string) => {
      latest.current = text;
      setDiscarded(null);
      saver.schedule(write(text));
    },
    /** Before sending: what was typed is stored, so the worker can tell it from later typing. */
    hold: () => saver.flush(),
    /** Jira accepted the comment. */
    confirmed: () => {
      sync.reset();
      latest.current = '';
      setFound(null);
      void saver.now(null);
    },
    discard: () => {
      setDiscarded(latest.current);
      latest.current = '';
      setFound(null);
      void saver.now(null);
    },
    /** Undo a discard: the text comes back and is stored again. */
    undo: (): string => {
      const text = discarded ?? '';
      setDiscarded(null);
      latest.current = text;
      void saver.now(write(text));
      return text;
    },
    /** The newer text another window saved, now this window's; null when there is none. */
    loadNewer: (): string | null => {
      const newer = status.elsewhere?.kind === 'changed' ? commentText(status.elsewhere.draft, issueKey) : undefined;
      sync.loaded();
      if (newer === undefined) return null;
      latest.current = newer;
      return newer;
    },
    /** Writes this window's text over what another window wrote or removed. */
    keepMine: () => sync.keep(write(latest.current)),
  };
}
