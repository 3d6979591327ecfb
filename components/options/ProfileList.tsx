import { useLayoutEffect } from 'preact/hooks';
import type { AuthState, Connection, ProfileView } from '../../lib/messaging/views.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { markReady } from '../ui/ready-mark.ts';

interface Props {
  state: AuthState;
  /** The organization allows only its own profile: the built-in app is not offered either. */
  onlyManaged: boolean;
  onSelect: (profileId: string) => void;
}

export function connectionOf(state: AuthState, profileId: string): Connection {
  return state.connections[profileId] ?? { status: 'not_connected' };
}

export function connectionText(status: Connection['status']): string {
  if (status === 'connected') return t('profileConnected');
  if (status === 'reconnect_needed') return t('profileReconnectNeeded');
  return t('profileNotConnected');
}

export const profileLabel = (profile: ProfileView) => (profile.kind === 'system' ? t('profileBuiltIn') : profile.name);

/** Which profile signs in: one radio per profile, each naming its connection state. */
export function ProfileList({ state, onlyManaged, onSelect }: Props) {
  // The options page is of use once its profiles are shown: the mark CreateForm.tsx explains.
  useLayoutEffect(() => {
    markReady();
  }, []);
  const builtIn = state.profiles.find((p) => p.kind === 'system');
  const others = state.profiles.filter((p) => p.kind !== 'system');
  const unavailable = !state.system.available && !onlyManaged;
  const reason = state.system.reason === 'no_secret' ? t('profileBuiltInNoSecret') : t('profileNoBuiltIn');
  const builtInStatus = builtIn && !unavailable ? connectionText(connectionOf(state, builtIn.id).status) : t('profileNotAvailable');
  return (
    <fieldset class="choice-list" role="radiogroup">
      {/* Named for screen readers; the eye has the section's heading, "Sign-in profiles", just above. */}
      <legend class="visually-hidden">{t('profileListLegend')}</legend>
      {builtIn || unavailable ? (
        <label class={unavailable ? 'choice choice-disabled' : 'choice'}>
          <input
            type="radio"
            name="sign-in-profile"
            value={builtIn?.id ?? ''}
            checked={!!builtIn && state.selectedProfileId === builtIn.id}
            disabled={unavailable}
            aria-describedby={unavailable ? 'system-reason' : undefined}
            onChange={() => builtIn && onSelect(builtIn.id)}
          />
          <span>
            {t('profileBuiltIn')} — {builtInStatus}
          </span>
        </label>
      ) : null}
      {unavailable && (
        <p id="system-reason" class="hint choice-hint">
          {reason}
        </p>
      )}
      {others.map((profile) => (
        <label key={profile.id} class="choice">
          <input
            type="radio"
            name="sign-in-profile"
            value={profile.id}
            checked={state.selectedProfileId === profile.id}
            onChange={() => onSelect(profile.id)}
          />
          <span>
            {profile.name} — {connectionText(connectionOf(state, profile.id).status)}
            {profile.kind === 'managed' ? ` ${t('profileSetByOrganization')}` : ''}
          </span>
        </label>
      ))}
      {others.length === 0 && !onlyManaged && (
        <p class="hint">{t('profileNoneYet')}</p>
      )}
    </fieldset>
  );
}
