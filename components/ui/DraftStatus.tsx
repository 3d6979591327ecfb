import type { DraftStatusState } from './useDraftSaver.ts';
import './draft.css';

interface Props {
  status: DraftStatusState;
  /** What the user must do before the window may close: "create the issue", "save your changes". */
  until: string;
}

/** Beside the form: a draft the browser refused to store (quota exceeded, a storage error). The
 *  form keeps working; the user learns that closing the window now would lose what they typed. */
export function DraftStatus({ status, until }: Props) {
  if (!status.failure) return null;
  return (
    <p class="draft-status" role="status">
      Your draft could not be saved in this browser: {status.failure}. Keep this window open until you {until}.
    </p>
  );
}
