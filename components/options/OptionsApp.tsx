import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { AuthState } from '../../lib/messaging/views.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { SignInSettings } from './SignInSettings.tsx';
import { TemplateSettings } from './templates/TemplateSettings.tsx';
import { WatchSettings } from './watches/WatchSettings.tsx';
import type { TemplateStorage } from './templates/useTemplates.ts';
import './options.css';
import { asCodedError } from '../../lib/errors.ts';
import { t } from '../../lib/i18n/page-text.ts';

export interface OptionsProps {
  request: MessageClient;
  copy: (text: string) => Promise<void>;
  /** Asks the browser for these URLs' origins; called inside the user's click or submit, since
   *  browsers prompt only during a user gesture. Resolves true when nothing needed asking. */
  ensureHostPermissions: (urls: string[]) => Promise<boolean>;
  /** Where templates (storage.sync) and the template editor's draft (storage.local) live. */
  templateStorage: TemplateStorage;
  /** The page's opening (entrypoints/options/main.tsx): the first frame the worker left
   *  (lib/storage/options-frame.ts), painted at once, and the `auth.state` already sent from module
   *  code, which confirms or replaces it. Without, the page asks once it is shown. */
  start?: { frame: AuthState | null; answer: Promise<AuthState> };
}

/** A new state from the worker, or a change to whatever the state is by then. */
export type AuthUpdate = AuthState | ((current: AuthState) => AuthState);
type Load = { kind: 'loading' } | { kind: 'ready'; auth: AuthState } | { kind: 'failed'; error: CodedError };

export function OptionsApp(props: OptionsProps) {
  const { request, start } = props;
  const [load, setLoad] = useState<Load>(start?.frame ? { kind: 'ready', auth: start.frame } : { kind: 'loading' });
  // A change the user made (a profile selected, saved…) is newer than an answer still on its way.
  const changed = useRef(false);

  const loadState = useCallback(
    (answer?: Promise<AuthState>) => {
      changed.current = false;
      if (!answer) setLoad({ kind: 'loading' });
      (answer ?? request('auth.state', {})).then(
        (auth) => {
          if (!changed.current) setLoad({ kind: 'ready', auth });
        },
        (error: unknown) => setLoad({ kind: 'failed', error: asCodedError(error) }),
      );
    },
    [request],
  );
  // Only the answer is awaited here: the message itself left with the page's first statement.
  useEffect(() => loadState(start?.answer), [loadState]);

  const setAuth = useCallback((next: AuthUpdate) => {
    changed.current = true;
    setLoad((current) => {
      if (typeof next !== 'function') return { kind: 'ready', auth: next };
      return current.kind === 'ready' ? { kind: 'ready', auth: next(current.auth) } : current;
    });
  }, []);

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {load.kind === 'loading' && <p role="status">{t('optionsLoadingProfiles')}</p>}
      {load.kind === 'failed' && <ErrorNotice error={load.error} onRetry={() => loadState()} />}
      {load.kind === 'ready' && (
        <SignInSettings {...props} auth={load.auth} setAuth={setAuth} />
      )}
      {/* Templates are settings in storage.sync, not Atlassian traffic, so the page reads them itself. */}
      <TemplateSettings {...props.templateStorage} />
      {load.kind === 'ready' && (
        <WatchSettings
          request={request}
          signInKey={`${load.auth.selectedProfileId}:${JSON.stringify(load.auth.connections)}`}
          connected={load.auth.connections[load.auth.selectedProfileId ?? '']?.status === 'connected'}
        />
      )}
    </main>
  );
}
