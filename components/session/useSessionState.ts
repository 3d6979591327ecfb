import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { ReplyOf } from '../../lib/messaging/protocol.ts';
import type { Session } from '../../lib/messaging/views.ts';
import type { FirstFrame } from '../../lib/storage/first-frame.ts';
import { asCodedError } from '../../lib/errors.ts';

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

/** Which action failed: reading the session, a sign-in, or choosing a site. */
type Action = 'session' | 'connect' | 'site';

/** The popup's opening (components/popup/first-frame-start.ts): the first frame to paint, or
 *  popup.start already on its way when there was none. */
export interface SessionStart {
  frame: FirstFrame | null;
  reply: Promise<ReplyOf<'popup.start'>> | null;
}

/** The same value as before, if it has not changed: what is shown stays as it is. */
const same = <T>(before: T, after: T): T => (JSON.stringify(before) === JSON.stringify(after) ? before : after);


/** The popup's state machine: the session on open (cached first, then fresh), connect, and site selection.
 *  With a `start`, the first frame's session is shown in the first render; the worker's popup.start
 *  then confirms it (and the frame, `frame`), and only then is the sign-in checked with Atlassian. */
export function useSessionState(request: MessageClient, openSettings: () => void, start?: SessionStart) {
  const [view, setView] = useState<View>(() => (start?.frame ? { kind: 'session', session: start.frame.session } : { kind: 'loading' }));
  const [frame, setFrame] = useState(start?.frame ?? null);
  /** Used by the first load only; Try again asks as a popup without a frame does. */
  const opening = useRef(start);
  const [busy, setBusy] = useState<Busy>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  /** The site the switcher shows while the worker confirms it. */
  const [switching, setSwitching] = useState<string | null>(null);
  // Only the latest action may change what is shown: a slow older reply is dropped.
  const latest = useRef(0);
  const begin = () => {
    latest.current += 1;
    setProblem(null);
    setSwitching(null);
    return latest.current;
  };
  const isLatest = (ticket: number) => ticket === latest.current;
  /** Shows `session`; one equal to the session shown keeps the page as it is. */
  const show = (session: Session) =>
    setView((current) => (current.kind === 'session' && same(current.session, session) === current.session ? current : { kind: 'session', session }));

  const fail = useCallback((raw: unknown, retry: () => void, action: Action) => {
    const error = asCodedError(raw);
    const fromConnect = action === 'connect';
    setBusy(null);
    switch (error.code) {
      case 'not_connected':
        setView({ kind: 'not_connected' });
        return;
      case 'reconnect_needed':
        setView({ kind: 'reconnect', reason: error.message });
        return;
      case 'access_denied':
        if (fromConnect) {
          setView({ kind: 'declined' });
          return;
        }
        break;
      case 'user_cancelled':
        // The user closed the Atlassian window: nothing went wrong, stay where we were.
        if (fromConnect) return;
        break;
    }
    setView((current) => (current.kind === 'loading' ? { kind: 'empty' } : current));
    setProblem({ error, retry, fromConnect, read: action === 'session' });
  }, []);

  const load = useCallback(() => {
    const ticket = begin();
    // Loading again (Try again, or back online) keeps a session on screen: the page under it
    // holds what the user typed, and must not be taken down while the session is asked again.
    setView((current) => (current.kind === 'session' ? current : { kind: 'loading' }));
    // Paint the last session at once (no network), then replace it with the fresh answer, which
    // also tells if the sign-in ended meanwhile. A cached view never overrides a fresh one; after
    // a failure (offline, say) it still fills a page that has nothing else to show.
    const check = () =>
      request('session.get', {}).then(
        (session) => {
          fresh = true;
          if (isLatest(ticket)) show(session);
        },
        (error: unknown) => {
          if (isLatest(ticket)) fail(error, load, 'session');
        },
      );
    let fresh = false;
    const first = opening.current;
    opening.current = undefined;
    if (first) {
      // After the first frame: one message confirms or refreshes it, then the network check.
      (first.reply ?? request('popup.start', {})).then(
        (answer) => {
          if (!isLatest(ticket)) return;
          setFrame((current) => same(current, answer.frame));
          show(answer.frame.session);
          if (!answer.checked) void check();
        },
        (error: unknown) => {
          if (isLatest(ticket)) fail(error, load, 'session');
        },
      );
      return;
    }
    request('session.cached', {}).then(
      (cached) =>
        cached &&
        !fresh &&
        isLatest(ticket) &&
        setView((current) => (current.kind === 'loading' || current.kind === 'empty' ? { kind: 'session', session: cached } : current)),
      () => {},
    );
    void check();
  }, [request, fail]);

  const connect = useCallback(async () => {
    const ticket = begin();
    setBusy('checking');
    try {
      const { selectedProfileId } = await request('auth.state', {});
      if (!isLatest(ticket)) return;
      if (selectedProfileId === null) {
        // No profile yet: the options page is where one is created.
        setBusy(null);
        openSettings();
        return;
      }
      setBusy('authorizing');
      const session = await request('auth.connect', { profileId: selectedProfileId });
      if (!isLatest(ticket)) return;
      setBusy(null);
      setView({ kind: 'session', session });
    } catch (error) {
      if (isLatest(ticket)) fail(error, () => void connect(), 'connect');
    }
  }, [request, openSettings, fail]);

  const selectSite = useCallback(
    (siteId: string) => {
      const ticket = begin();
      setSwitching(siteId);
      request('sites.select', { siteId }).then(
        (session) => {
          if (!isLatest(ticket)) return;
          setSwitching(null);
          setView({ kind: 'session', session });
        },
        (error: unknown) => {
          if (!isLatest(ticket)) return;
          setSwitching(null);
          fail(error, () => selectSite(siteId), 'site');
        },
      );
    },
    [request, fail],
  );

  useEffect(load, [load]);

  return { view, frame, busy, problem, switching, connect: () => void connect(), selectSite, openSettings };
}
