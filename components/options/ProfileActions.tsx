import { useEffect, useRef, useState } from 'preact/hooks';
import { PROFILE_FIELDS, type ProfileView } from '../../lib/messaging/profile-views.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { codeText } from '../../lib/i18n/error-text.ts';

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
            {t('profileNew')}
          </button>
        )}
        {isEditable(selected) && (
          <button type="button" onClick={onEdit}>
            {t('optionsEdit')}
          </button>
        )}
        {deletable && (
          <button ref={deleteRef} type="button" onClick={() => setConfirmingId(deletable.id)} aria-expanded={confirming}>
            {t('optionsDelete')}
          </button>
        )}
      </div>
      {!allowNew && <p class="hint">{codeText('policy_forbids')}</p>}
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="delete-question">
          <p id="delete-question">
            {t('profileDeleteQuestion', deletable.name)}
          </p>
          <div class="row">
            <button type="button" class="danger" onClick={() => onDelete(deletable)}>
              {t('profileDeleteYes')}
            </button>
            <button ref={cancelRef} type="button" onClick={cancel}>
              {t('profileKeep')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
