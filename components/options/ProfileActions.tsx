import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProfileView } from '../../lib/messaging/views.ts';

interface Props {
  /** The selected profile; Edit and Delete apply to it when it is a custom one. */
  selected: ProfileView | undefined;
  onNew: () => void;
  onEdit: () => void;
  onDelete: (profile: ProfileView) => void;
}

/** New profile, and Edit / Delete of the selected custom profile (Delete asks first). */
export function ProfileActions({ selected, onNew, onEdit, onDelete }: Props) {
  // Which profile the confirmation is for: choosing another profile drops the question.
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const editable = selected?.kind === 'custom' ? selected : undefined;
  const confirming = editable !== undefined && confirmingId === editable.id;
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const cancel = () => {
    setConfirmingId(null);
    // Back to where the user was, not to the top of the page.
    queueMicrotask(() => deleteRef.current?.focus());
  };

  return (
    <div class="profile-actions">
      <div class="row">
        <button type="button" onClick={onNew}>
          New profile
        </button>
        {editable && (
          <>
            <button type="button" onClick={onEdit}>
              Edit
            </button>
            <button
              ref={deleteRef}
              type="button"
              onClick={() => setConfirmingId(editable.id)}
              aria-expanded={confirming}
            >
              Delete
            </button>
          </>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="delete-question">
          <p id="delete-question">
            Delete the profile “{editable.name}”? Its settings and sign-in are removed from this browser.
          </p>
          <div class="row">
            <button type="button" class="danger" onClick={() => onDelete(editable)}>
              Yes, delete
            </button>
            <button ref={cancelRef} type="button" onClick={cancel}>
              Keep profile
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
