import { useLayoutEffect } from 'preact/hooks';
import type { AuthState, Connection, ProfileView } from '../../lib/messaging/views.ts';

interface Props {
  state: AuthState;
  /** The organization allows only its own profile: the built-in app is not offered either. */
  onlyManaged: boolean;
  onSelect: (profileId: string) => void;
}

export function connectionOf(state: AuthState, profileId: string): Connection {
  return state.connections[profileId] ?? { status: 'not_connected' };
}

const STATUS_TEXT: Record<Connection['status'], string> = {
  connected: 'Connected',
  not_connected: 'Not connected',
  reconnect_needed: 'Reconnect needed',
};

export const profileLabel = (profile: ProfileView) => (profile.kind === 'system' ? 'Built-in app' : profile.name);

/** Which profile signs in: one radio per profile, each naming its connection state. */
export function ProfileList({ state, onlyManaged, onSelect }: Props) {
  // The options page is of use once its profiles are shown: the mark CreateForm.tsx explains.
  useLayoutEffect(() => {
    performance.mark('qaj:ready');
  }, []);
  const builtIn = state.profiles.find((p) => p.kind === 'system');
  const others = state.profiles.filter((p) => p.kind !== 'system');
  const unavailable = !state.system.available && !onlyManaged;
  const reason = state.system.reason ?? 'This build has no built-in app.';
  const builtInStatus = builtIn && !unavailable ? STATUS_TEXT[connectionOf(state, builtIn.id).status] : 'Not available';
  return (
    <fieldset class="choice-list" role="radiogroup">
      {/* Named for screen readers; the eye has the section's heading, "Sign-in profiles", just above. */}
      <legend class="visually-hidden">Sign-in profile</legend>
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
            Built-in app — {builtInStatus}
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
            {profile.name} — {STATUS_TEXT[connectionOf(state, profile.id).status]}
            {profile.kind === 'managed' ? ' (set by your organization)' : ''}
          </span>
        </label>
      ))}
      {others.length === 0 && !onlyManaged && (
        <p class="hint">No custom profile yet. Create one with your Atlassian app's client ID.</p>
      )}
    </fieldset>
  );
}
