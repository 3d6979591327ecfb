import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { Session } from '../../lib/messaging/views.ts';
import type { FrameCreate } from '../../lib/storage/first-frame.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { LazySection } from '../ui/LazySection.tsx';
import { SessionHeader } from './SessionHeader.tsx';
import { sessionStatesModule } from './SessionStates.lazy.ts';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';
import { useSessionState, type SessionStart } from './useSessionState.ts';
import './session.css';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  request: MessageClient;
  /** Opens the options page, where sign-in profiles are created. */
  openSettings: () => void;
  /** Shown under the header whatever the session's state (the capture window's captured text). */
  intro?: ComponentChildren;
  /** The page's own content, once signed in with a site chosen; with the first frame's Create
   *  part (as the worker last confirmed it) when the page started from one. */
  children: (session: Session, frame: FrameCreate | null) => ComponentChildren;
  class?: string;
  /** The popup's first frame, or its popup.start on its way (useSessionState). */
  start?: SessionStart | undefined;
}

/**
 * What the popup and the capture window share: the header with who is signed in where, and the
 * states before there is something to do (checking, connect, reconnect, declined, choose a site,
 * a problem). The page's content appears once there is a site.
 */
export function SessionShell({ request, openSettings, intro, children, class: className, start }: Props) {
  const { view, frame, busy, problem, switching, connect, selectSite } = useSessionState(request, openSettings, start);
  const root = useRef<HTMLElement>(null);
  // After a button the user pressed goes away (connect, choose a site), focus moves to the
  // next thing to do instead of falling back to the document.
  const moveFocus = useRef(false);
  useLayoutEffect(() => {
    if (!moveFocus.current || busy !== null || switching !== null || view.kind === 'loading') return;
    moveFocus.current = false;
    const next = root.current?.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)');
    if (next && !next.contains(document.activeElement)) next.focus();
  });
  const withFocus = <A extends unknown[]>(action: (...args: A) => void) => (...args: A) => {
    moveFocus.current = true;
    action(...args);
  };

  return (
    <main class={className ? `popup ${className}` : 'popup'} ref={root}>
      <header class="app-header popup-header">
        <h1>{t('extName')}</h1>
        {view.kind === 'session' && (
          <SessionHeader session={view.session} switching={switching} onSelect={selectSite} />
        )}
      </header>
      {intro}
      {view.kind === 'loading' && <p role="status">{t('sessionChecking')}</p>}
      {view.kind === 'session' && view.session.site && children(view.session, frame?.create ?? null)}
      {view.kind !== 'loading' && view.kind !== 'empty' && !(view.kind === 'session' && view.session.site) && (
        <LazySection module={sessionStatesModule} loading={t('sessionChecking')}>
          {({ ChooseSite, Declined, NotConnected, Reconnect }) => (
            <>
              {view.kind === 'session' && (
                <ChooseSite sites={view.session.sites} lostSite={view.session.lostSite} onSelect={withFocus(selectSite)} />
              )}
              {view.kind === 'not_connected' && <NotConnected busy={busy} onConnect={withFocus(connect)} />}
              {view.kind === 'reconnect' && <Reconnect reason={view.reason} busy={busy} onReconnect={withFocus(connect)} />}
              {view.kind === 'declined' && <Declined busy={busy} onRetry={withFocus(connect)} />}
            </>
          )}
        </LazySection>
      )}
      {problem && (
        <div class="problem">
          <ErrorNotice error={problem.error} onRetry={problem.retry} retryWhenOnline={problem.read} />
          {problem.fromConnect && (
            <button type="button" class="link-button" onClick={openSettings}>
              {t('sessionOpenSettings')}
            </button>
          )}
        </div>
      )}
      <ShortcutsHelp />
    </main>
  );
}
