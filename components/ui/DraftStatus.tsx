import type { DraftStatusState } from './useDraftSaver.ts';
import './draft.css';

interface Props {
  status: DraftStatusState;
  /** What the user must do before the window may close: "create the issue", "save your changes". */
  until: string;
  /** Puts the newer draft another window wrote into this form. */
  onLoadNewer: () => void;
  /** Writes this window's form over what another window wrote or removed. */
  onKeepMine: () => void;
}

const reasonOf = (error: unknown): string => {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\.$/, '') || 'the browser gave no reason';
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
          Your draft could not be saved in this browser: {reasonOf(failure)}. Keep this window open until you {until}.
        </p>
      )}
      {elsewhere && (
        <div class="draft-notice">
          <p role="status">
            {elsewhere.kind === 'changed'
              ? 'This draft was changed in another window.'
              : 'This draft was removed in another window: the issue was created or the draft discarded there.'}{' '}
            <span class="hint">This window no longer saves it until you choose.</span>
          </p>
          {elsewhere.kind === 'changed' && (
            <button type="button" class="small" onClick={onLoadNewer}>
              Load the newer version
            </button>
          )}
          <button type="button" class="small" onClick={onKeepMine}>
            {elsewhere.kind === 'changed' ? 'Keep this version' : 'Keep a draft of this form'}
          </button>
        </div>
      )}
    </>
  );
}
