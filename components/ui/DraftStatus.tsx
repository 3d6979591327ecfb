import type { DraftStatusState } from './useDraftSaver.ts';
import './draft.css';
import { t } from '../../lib/i18n/page-text.ts';
import { CodedError } from '../../lib/errors.ts';
import { codeText } from '../../lib/i18n/error-text.ts';

interface Props {
  status: DraftStatusState;
  /** What the user must do before the window may close, as a sentence: "Keep this window open until you create the issue." */
  until: string;
  /** Puts the newer draft another window wrote into this form. */
  onLoadNewer: () => void;
  /** Writes this window's form over what another window wrote or removed. */
  onKeepMine: () => void;
}

/** One of ours says its code in the user's language; the browser's own refusal (a storage quota,
 *  a storage error) is its words as they are, which have no code to go by. */
const reasonOf = (error: unknown): string => {
  const text = error instanceof CodedError ? codeText(error.code) : error instanceof Error ? error.message : String(error);
  return text.replace(/[.。]$/, '') || t('draftNoReason');
};

/**
 * Beside the form, what keeps the draft from being saved: the browser refused it (quota exceeded, a
 * storage error), or another window changed or removed it. The form keeps working either way.
 */
export function DraftStatus({ status, until, onLoadNewer, onKeepMine }: Props) {
  const { failure, elsewhere } = status;
  return (
    <>
      {failure !== null && (
        <p class="draft-status" role="status">
          {t('draftNotSaved', reasonOf(failure), until)}
        </p>
      )}
      {elsewhere && (
        <div class="draft-notice">
          <p role="status">
            {elsewhere.kind === 'changed'
              ? t('draftChangedElsewhere')
              : t('draftRemovedElsewhere')}{' '}
            <span class="hint">{t('draftPaused')}</span>
          </p>
          {elsewhere.kind === 'changed' && (
            <button type="button" class="small" onClick={onLoadNewer}>
              {t('draftLoadNewer')}
            </button>
          )}
          <button type="button" class="small" onClick={onKeepMine}>
            {elsewhere.kind === 'changed' ? t('draftKeepThis') : t('draftKeepForm')}
          </button>
        </div>
      )}
    </>
  );
}
