import type { ProfileView } from '../../lib/messaging/views.ts';
import { CallbackUrl } from './CallbackUrl.tsx';
import { initialValues } from './defaults.ts';
import { isEditable } from './ProfileActions.tsx';
import { ProfileFields } from './ProfileFields.tsx';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  profile: ProfileView;
  callbackUrl: string;
  copy: (text: string) => Promise<void>;
}

/** A profile an admin set through policy: its values, read-only until the user chooses Edit. */
export function ManagedProfile({ profile, callbackUrl, copy }: Props) {
  return (
    <section class="panel profile-form" aria-labelledby="managed-profile-title">
      <h2 id="managed-profile-title">{profile.name}</h2>
      <p class="hint">
        {isEditable(profile)
          ? t('profileManagedEditable')
          : t('profileManagedLocked')}
      </p>
      <ProfileFields
        values={initialValues(profile)}
        onChange={() => {}}
        errors={{}}
        locked={profile.locked}
        hasSecret={profile.hasSecret}
        readOnly
      />
      <CallbackUrl url={callbackUrl} copy={copy} />
    </section>
  );
}
