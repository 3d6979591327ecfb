import { useContext, useEffect, useId, useState } from 'preact/hooks';
import { draftText } from '../../lib/storage/draft-values.ts';
import { captureScope, editScope } from '../../lib/storage/drafts.ts';
import { listDrafts } from '../../lib/storage/list-drafts.ts';
import { commentScope, commentText } from './comment-draft.ts';
import { DraftStorage } from '../ui/draft-storage.ts';
import { savedAgo } from '../ui/saved-ago.ts';
import '../ui/draft.css';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  siteId: string;
  onOpen: (key: string) => void;
  /** Opens the capture window on this capture again. */
  onOpenCapture: (captureId: string) => void;
  now?: () => number;
}

type Item = { kind: 'edit' | 'comment'; key: string; savedAt: number } | { kind: 'capture'; id: string; summary: string; savedAt: number };

/** Issues with an edit the user started and never saved on this site, comments written on this
 *  site and not yet added, and captures with text typed for this site and no issue created yet, so
 *  a closed popup or capture window does not hide them: opening one offers to continue (an opened
 *  issue puts its comment draft back into the comment box, useCommentDraft.ts). */
export function UnsavedEdits({ siteId, onOpen, onOpenCapture, now = Date.now }: Props) {
  const area = useContext(DraftStorage);
  const headingId = useId();
  const [items, setItems] = useState<Item[]>([]);
  useEffect(() => {
    let live = true;
    listDrafts(area, '', now()).then(
      (list) => {
        if (!live) return;
        const edits = editScope(siteId, '');
        const comments = commentScope(siteId, '');
        const captures = captureScope('');
        setItems(
          list.flatMap(({ scope, draft }): Item[] => {
            if (draft.kind === 'edit' && scope.startsWith(edits)) return [{ kind: 'edit', key: draft.issueKey, savedAt: draft.savedAt }];
            if (scope.startsWith(comments)) {
              const key = scope.slice(comments.length);
              return commentText(draft, key) === undefined ? [] : [{ kind: 'comment', key, savedAt: draft.savedAt }];
            }
            if (draft.kind !== 'create' || draft.siteId !== siteId || !scope.startsWith(captures)) return [];
            const summary = draft.fields.summary ? draftText(draft.fields.summary).trim() : '';
            return [{ kind: 'capture', id: scope.slice(captures.length), summary, savedAt: draft.savedAt }];
          }),
        );
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [area, siteId]);

  if (items.length === 0) return null;
  return (
    <section class="unsaved-edits" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('issueUnsavedChanges')}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.kind === 'capture' ? item.id : `${item.kind}.${item.key}`}>
            {item.kind !== 'capture' ? (
              <button type="button" class="small" onClick={() => onOpen(item.key)}>
                {item.kind === 'edit' ? t('issueOpenKey', item.key) : t('commentUnsavedOn', item.key)}
              </button>
            ) : (
              <button type="button" class="small" onClick={() => onOpenCapture(item.id)}>
                {t('issueReopenCapture', item.summary || t('issueNoSummaryYet'))}
              </button>
            )}{' '}
            <span class="hint">{savedAgo(item.savedAt, now())}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
