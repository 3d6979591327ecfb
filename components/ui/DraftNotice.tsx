import { useId } from 'preact/hooks';
import { savedAgo } from './saved-ago.ts';
import './draft.css';
import { t } from '../../lib/i18n/page-text.ts';

/** Text from a draft that the form on screen has no place for, kept readable so it can be copied. */
export interface DraftLeftover {
  fieldId: string;
  name: string;
  text: string;
}

export type DraftNoticeState = { kind: 'restored'; savedAt: number } | { kind: 'discarded' };

interface Props {
  state: DraftNoticeState;
  leftover: DraftLeftover[];
  onDiscard: () => void;
  onUndo: () => void;
  /** For "saved 5 min ago"; the clock in the page. */
  now?: () => number;
}

/** "Draft restored" with Discard, or "Draft discarded" with Undo; both announced politely. */
export function DraftNotice({ state, leftover, onDiscard, onUndo, now = Date.now }: Props) {
  const id = useId();
  if (state.kind === 'discarded') {
    return (
      <div class="draft-notice">
        <p role="status">{t('draftDiscarded')}</p>
        <button type="button" class="small" onClick={onUndo}>
          {t('draftUndo')}
        </button>
      </div>
    );
  }
  return (
    <div class="draft-notice">
      <p role="status">
        <strong>{t('draftRestored')}</strong> <span class="hint">{savedAgo(state.savedAt, now())}</span>
      </p>
      <button type="button" class="small" onClick={onDiscard}>
        {t('draftDiscard')}
      </button>
      {leftover.length > 0 && (
        <div class="draft-leftover">
          <p class="hint">{t('draftLeftover')}</p>
          {leftover.map((item) => (
            <div key={item.fieldId} class="issue-field">
              <label for={`${id}-${item.fieldId}`}>{item.name}</label>
              <textarea id={`${id}-${item.fieldId}`} readOnly rows={2} value={item.text} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
