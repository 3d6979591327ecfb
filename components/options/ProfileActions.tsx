import { useEffect, useRef, useState } from 'preact/hooks';
import { PROFILE_FIELDS, type ProfileView } from '../../lib/messaging/profile-views.ts';

interface Props {
  /** The selected profile; Edit and Delete apply to it when it is a custom one, Edit also to the
   *  organization's when its policy leaves some field unlocked. */
  selected: ProfileView | undefined;
  /** False when the organization allows only its own profile: no New profile, and why. */
  allowNew: boolean;
  onNew: () => void;
  onEdit: () => void;
  onDelete: (profile: ProfileView) => void;
}

export const ONLY_MANAGED = 'Your organization allows only its own sign-in profile, so you cannot add one of your own.';

/** Whether the page offers Edit for this profile. */
export const isEditable = (profile: ProfileView | undefined): boolean =>
  profile?.kind === 'custom' || (profile?.kind === 'managed' && PROFILE_FIELDS.some((f) => !profile.locked.includes(f)));

/** New profile, and Edit / Delete of the selected custom profile (Delete asks first). */
export function ProfileActions({ selected, allowNew, onNew, onEdit, onDelete }: Props) {
  // Which profile the confirmation is for: choosing another profile drops the question.
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const deletable = selected?.kind === 'custom' ? selected : undefined;
  const confirming = deletable !== undefined && confirmingId === deletable.id;
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
        {allowNew && (
          <button type="button" onClick={onNew}>
            New profile
          </button>
        )}
        {isEditable(selected) && (
          <button type="button" onClick={onEdit}>
            Edit
          </button>
        )}
        {deletable && (
          <button ref={deleteRef} type="button" onClick={() => setConfirmingId(deletable.id)} aria-expanded={confirming}>
            Delete
          </button>
        )}
      </div>
      {!allowNew && <p class="hint">{ONLY_MANAGED}</p>}
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="delete-question">
          <p id="delete-question">
            Delete the profile “{deletable.name}”? Its settings and sign-in are removed from this browser.
          </p>
          <div class="row">
            <button type="button" class="danger" onClick={() => onDelete(deletable)}>
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
