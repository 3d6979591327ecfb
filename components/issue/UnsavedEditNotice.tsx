import { savedAgo } from '../ui/saved-ago.ts';
import '../ui/draft.css';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  issueKey: string;
  savedAt: number;
  onContinue: () => void;
  onDiscard: () => void;
  now?: () => number;
}

/** Above the issue view: the edit the user started and never saved, and what to do with it. */
export function UnsavedEditNotice({ issueKey, savedAt, onContinue, onDiscard, now = Date.now }: Props) {
  return (
    <div class="draft-notice">
      <p role="status">
        <strong>{t('issueUnsavedChangesTo', issueKey)}</strong> <span class="hint">{savedAgo(savedAt, now())}</span>
      </p>
      <button type="button" class="small" onClick={onContinue}>
        {t('issueContinueEditing')}
      </button>
      <button type="button" class="small" onClick={onDiscard}>
        {t('issueDiscard')}
      </button>
    </div>
  );
}
