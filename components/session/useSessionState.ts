import { useEffect, useState } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { ReplyOf } from '../../lib/messaging/protocol.ts';
import type { Session } from '../../lib/messaging/views.ts';
import type { FirstFrame } from '../../lib/storage/first-frame.ts';
import { asCodedError } from '../../lib/errors.ts';
import type * as SessionActions from './session-actions.ts';
import type { SessionMachine } from './session-actions.ts';
import { sessionActionsModule } from './session-actions.lazy.ts';

/** What the popup shows: exactly one of these, plus at most one problem notice. */
export type View =
  | { kind: 'loading' }
  | { kind: 'session'; session: Session }
  | { kind: 'not_connected' }
  | { kind: 'reconnect'; reason: string }
  | { kind: 'declined' }
  | { kind: 'empty' };

/** checking: asking the worker which profile to use; authorizing: the consent flow runs. */
export type Busy = 'checking' | 'authorizing' | null;

export interface Problem {
  error: CodedError;
  retry: () => void;
  /** The failed action was a sign-in: the profile's settings may be what needs fixing. */
  fromConnect: boolean;
  /** The failed action only read the session: it runs again by itself when the browser is back
   *  online (ErrorNotice's retryWhenOnline). */
  read: boolean;
}

/** The popup's opening (components/popup/first-frame-start.ts): the first frame to paint, or
 *  popup.start already on its way when there was none. */
export interface SessionStart {
  frame: FirstFrame | null;
  reply: Promise<ReplyOf<'popup.start'>> | null;
}

/** The popup's state machine: the session on open (cached first, then fresh), connect, and site selection.
 *  With a `start`, the first frame's session is shown in the first render; the worker's popup.start
 *  then confirms it (and the frame, `frame`), and only then is the sign-in checked with Atlassian.
 *  What happens after the first render is in session-actions.ts, loaded right after it. */
export function useSessionState(request: MessageClient, openSettings: () => void, start?: SessionStart) {
  const [view, setView] = useState<View>(() => (start?.frame ? { kind: 'session', session: start.frame.session } : { kind: 'loading' }));
  const [frame, setFrame] = useState(start?.frame ?? null);
  const [busy, setBusy] = useState<Busy>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  /** The site the switcher shows while the worker confirms it. */
  const [switching, setSwitching] = useState<string | null>(null);
  const [machine] = useState(
    (): SessionMachine => ({ request, openSettings, setView, setFrame, setBusy, setProblem, setSwitching, latest: { current: 0 }, opening: { current: start } }),
  );
  /** Runs an action at once once its code is in (as it is from just after the first render). */
  const run = (action: (actions: typeof SessionActions) => unknown): void => {
    const loaded = sessionActionsModule.loaded();
    if (loaded) action(loaded);
    else
      void sessionActionsModule.load().then(action, (error: unknown) => {
        setView((current) => (current.kind === 'loading' ? { kind: 'empty' } : current));
        setProblem({ error: asCodedError(error), retry: () => run(action), fromConnect: false, read: false });
      });
  };
  useEffect(() => run((actions) => actions.load(machine)), []);

  return {
    view,
    frame,
    busy,
    problem,
    switching,
    connect: () => run((actions) => actions.connect(machine)),
    selectSite: (siteId: string) => run((actions) => actions.selectSite(machine, siteId)),
    openSettings,
  };
}
