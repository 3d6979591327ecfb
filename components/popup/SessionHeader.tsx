import type { Session } from '../../lib/messaging/views.ts';
import { SiteSwitcher } from './SiteSwitcher.tsx';

interface Props {
  session: Session;
  switching: string | null;
  onSelect: (siteId: string) => void;
}

/** Who is signed in, on which site, and the switcher to change site. */
export function SessionHeader({ session, switching, onSelect }: Props) {
  const { user, site } = session;
  // Only https avatars: anything else (data:, http:) is not loaded into the extension page.
  const avatar = user?.avatarUrl?.startsWith('https:') ? user.avatarUrl : null;
  return (
    <div class="session-bar">
      <p class="who">
        {avatar && <img class="avatar" src={avatar} alt="" width={24} height={24} referrerpolicy="no-referrer" />}
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
