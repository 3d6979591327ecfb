import { useState } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { AuthState, Connection, ProfileView, Session } from '../../lib/messaging/views.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { originsText, urlsNeedingPermission } from './host-check.ts';
import { connectionText, profileLabel } from './ProfileList.tsx';
import { asCodedError } from '../../lib/errors.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { codeText } from '../../lib/i18n/error-text.ts';

interface Props {
  profile: ProfileView;
  connection: Connection;
  request: MessageClient;
  onConnected: (session: Session) => void;
  onSignedOut: (state: AuthState) => void;
  ensureHostPermissions: (urls: string[]) => Promise<boolean>;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'waiting' }
  | { kind: 'signing_out' }
  | { kind: 'denied' }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; error: CodedError };

/** What the live region says while something runs. */
function busyText(kind: Phase['kind']): string | undefined {
  if (kind === 'waiting') return t('optionsWaitingForAtlassian');
  if (kind === 'signing_out') return t('optionsSigningOut');
  return undefined;
}

/** A reconnect is needed after a `reconnect_needed` error (lib/worker/api-send.ts), whose English
 *  sentence the worker keeps as the reason: the page says the code's text in the user's language. */
function statusText(connection: Connection): string {
  return connection.status === 'reconnect_needed' ? codeText('reconnect_needed') : connectionText(connection.status);
}

/** The selected profile's connection: its state, and connecting or signing out. */
export function ConnectionPanel(props: Props) {
  const { profile, connection, request, onConnected, onSignedOut, ensureHostPermissions } = props;
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [message, setMessage] = useState('');
  const busy = phase.kind === 'waiting' || phase.kind === 'signing_out';

  const run = () => {
    request('auth.connect', { profileId: profile.id }).then(
      (session) => {
        setPhase({ kind: 'idle' });
        onConnected(session);
      },
      (error: unknown) => {
        const coded = asCodedError(error);
        if (coded.code === 'access_denied') setPhase({ kind: 'denied' });
        // The user closed the sign-in window: they changed their mind, nothing went wrong.
        else if (coded.code === 'user_cancelled') setPhase({ kind: 'idle' });
        else setPhase({ kind: 'failed', error: coded });
      },
    );
  };

  const connect = () => {
    if (busy) return;
    setPhase({ kind: 'waiting' });
    setMessage('');
    // A token endpoint off Atlassian (set by an admin, or a permission since revoked) needs its
    // origin granted; asked here, inside the click, where the browser allows the prompt.
    const urls = urlsNeedingPermission([profile.tokenUrl, profile.refreshUrl]);
    if (urls.length === 0) return run();
    const refusal = t('optionsHostRefused', originsText(urls));
    const refused = () => setPhase({ kind: 'refused', message: refusal });
    ensureHostPermissions(urls).then((granted) => (granted ? run() : refused()), refused);
  };

  const signOut = () => {
    if (busy) return;
    setPhase({ kind: 'signing_out' });
    setMessage('');
    request('auth.signOut', { profileId: profile.id }).then(
      (state) => {
        setPhase({ kind: 'idle' });
        setMessage(t('optionsSignedOut'));
        onSignedOut(state);
      },
      (error: unknown) => setPhase({ kind: 'failed', error: asCodedError(error) }),
    );
  };

  const connected = connection.status === 'connected';
  const connectLabel = connection.status === 'reconnect_needed' ? t('optionsReconnect') : t('optionsConnectNow');
  return (
    <section class="panel" aria-labelledby="connection-title">
      <h2 id="connection-title">{t('optionsConnectionTitle')}</h2>
      <p class="connection-status">
        <span class="hint">{profileLabel(profile)}:</span>{' '}
        <strong class={`status-${connection.status}`}>{statusText(connection)}</strong>
      </p>
      {phase.kind === 'denied' ? (
        <div class="notice notice-error" role="alert">
          <p>{codeText('access_denied')}</p>
          <button type="button" onClick={connect}>
            {t('tryAgain')}
          </button>
        </div>
      ) : (
        <div class="row">
          {connected ? (
            <button type="button" onClick={signOut} aria-disabled={busy ? 'true' : undefined}>
              {t('optionsSignOut')}
            </button>
          ) : (
            <button type="button" class="primary" onClick={connect} aria-disabled={busy ? 'true' : undefined}>
              {connectLabel}
            </button>
          )}
        </div>
      )}
      {phase.kind === 'failed' && <ErrorNotice error={phase.error} />}
      {phase.kind === 'refused' && (
        <div class="notice notice-error" role="alert">
          <p>{phase.message}</p>
        </div>
      )}
      <p role="status" class="hint">
        {busyText(phase.kind) ?? message}
      </p>
    </section>
  );
}
