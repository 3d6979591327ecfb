import type { Session } from '../../lib/messaging/views.ts';
import { RemoteImage } from '../ui/RemoteImage.tsx';
import { SiteSwitcher } from './SiteSwitcher.tsx';
import { t } from '../../lib/i18n/page-text.ts';
import { around, SLOT } from '../../lib/i18n/around.ts';

interface Props {
  session: Session;
  switching: string | null;
  onSelect: (siteId: string) => void;
}

/** Who is signed in, on which site, and the switcher to change site. */
export function SessionHeader({ session, switching, onSelect }: Props) {
  const { user, site } = session;
  return (
    <div class="session-bar">
      <p class="who">
        <RemoteImage class="avatar" src={user?.avatarUrl} size={24} />
        <span class="who-text">
          {user && site && around(t('sessionUserOnSite', SLOT[0], SLOT[1]), <strong>{user.displayName}</strong>, <strong>{site.name}</strong>)}
          {user && !site && around(t('sessionSignedInAs', SLOT[0]), <strong>{user.displayName}</strong>)}
          {!user && site && around(t('sessionConnectedTo', SLOT[0]), <strong>{site.name}</strong>)}
          {!user && !site && around(t('sessionConnectedWith', SLOT[0]), <strong>{session.profileName}</strong>)}
        </span>
      </p>
      {site && session.sites.length > 0 && (
        <SiteSwitcher sites={session.sites} value={switching ?? site.id} onSelect={onSelect} />
      )}
    </div>
  );
}
