import type { Session } from '../../lib/messaging/views.ts';
import { RemoteImage } from '../ui/RemoteImage.tsx';
import { SiteSwitcher } from './SiteSwitcher.tsx';

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
          {user && site && (
            <>
              <strong>{user.displayName}</strong> on <strong>{site.name}</strong>
            </>
          )}
          {user && !site && (
            <>
              Signed in as <strong>{user.displayName}</strong>
            </>
          )}
          {!user && site && (
            <>
              Connected to <strong>{site.name}</strong>
            </>
          )}
          {!user && !site && (
            <>
              Connected with <strong>{session.profileName}</strong>
            </>
          )}
        </span>
      </p>
      {site && session.sites.length > 0 && (
        <SiteSwitcher sites={session.sites} value={switching ?? site.id} onSelect={onSelect} />
      )}
    </div>
  );
}
