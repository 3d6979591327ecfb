import { useContext, useEffect, useId, useState } from 'preact/hooks';
import { editScope, listDrafts } from '../../lib/storage/drafts.ts';
import { DraftStorage } from '../ui/draft-storage.ts';
import { savedAgo } from '../ui/saved-ago.ts';
import '../ui/draft.css';

interface Props {
  siteId: string;
  onOpen: (key: string) => void;
  now?: () => number;
}

/** Issues with an edit the user started and never saved on this site, so a closed popup does not
 *  hide them: opening one offers to continue. */
export function UnsavedEdits({ siteId, onOpen, now = Date.now }: Props) {
  const area = useContext(DraftStorage);
  const headingId = useId();
  const [items, setItems] = useState<{ key: string; savedAt: number }[]>([]);
  useEffect(() => {
    let live = true;
    listDrafts(area, editScope(siteId, ''), now()).then(
      (list) => {
        if (!live) return;
        setItems(list.flatMap(({ draft }) => (draft.kind === 'edit' ? [{ key: draft.issueKey, savedAt: draft.savedAt }] : [])));
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
      <h3 id={headingId}>Unsaved changes</h3>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <button type="button" class="small" onClick={() => onOpen(item.key)}>
              Open {item.key}
            </button>{' '}
            <span class="hint">saved {savedAgo(item.savedAt, now())}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
