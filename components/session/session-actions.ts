// What useSessionState does after the first render: reading the session on open (the popup's
// first frame confirmed, or the cached session then the fresh one), signing in, choosing a site,
// and turning their failures into what the page shows. Loaded on demand (session-actions.lazy.ts)
// right after the first render, which needs none of it.
import type { Dispatch, StateUpdater } from 'preact/hooks';
import { codeText } from '../../lib/i18n/error-text.ts';
import { asCodedError } from '../../lib/errors.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { Session } from '../../lib/messaging/views.ts';
import type { FirstFrame } from '../../lib/storage/first-frame.ts';
import type { Busy, Problem, SessionStart, View } from './useSessionState.ts';

/** The hook's state, which these actions set. */
export interface SessionMachine {
  request: MessageClient;
  openSettings: () => void;
  setView: Dispatch<StateUpdater<View>>;
  setFrame: Dispatch<StateUpdater<FirstFrame | null>>;
  setBusy: Dispatch<StateUpdater<Busy>>;
  setProblem: Dispatch<StateUpdater<Problem | null>>;
  setSwitching: Dispatch<StateUpdater<string | null>>;
  /** Only the latest action may change what is shown: a slow older reply is dropped. */
  latest: { current: number };
  /** The popup's opening, for the first load only; Try again asks as a popup without a frame does. */
  opening: { current: SessionStart | undefined };
}

/** Which action failed: reading the session, a sign-in, or choosing a site. */
type Action = 'session' | 'connect' | 'site';

/** The same value as before, if it has not changed: what is shown stays as it is. */
const same = <T>(before: T, after: T): T => (JSON.stringify(before) === JSON.stringify(after) ? before : after);

/** A new action: the problem shown goes; returns whether this action is still the latest. */
function begin(m: SessionMachine): () => boolean {
  const ticket = ++m.latest.current;
  m.setProblem(null);
  m.setSwitching(null);
  return () => ticket === m.latest.current;
}

/** Shows `session`; one equal to the session shown keeps the page as it is. */
function show(m: SessionMachine, session: Session): void {
  m.setView((current) => (current.kind === 'session' && same(current.session, session) === current.session ? current : { kind: 'session', session }));
}

function fail(m: SessionMachine, raw: unknown, retry: () => void, action: Action): void {
  const error = asCodedError(raw);
  const fromConnect = action === 'connect';
  m.setBusy(null);
  switch (error.code) {
    case 'not_connected':
      m.setView({ kind: 'not_connected' });
      return;
    case 'reconnect_needed':
      m.setView({ kind: 'reconnect', reason: codeText(error.code) });
      return;
    case 'access_denied':
      if (fromConnect) {
        m.setView({ kind: 'declined' });
        return;
      }
      break;
    case 'user_cancelled':
      // The user closed the Atlassian window: nothing went wrong, stay where we were.
      if (fromConnect) return;
      break;
  }
  m.setView((current) => (current.kind === 'loading' ? { kind: 'empty' } : current));
  m.setProblem({ error, retry, fromConnect, read: action === 'session' });
}

export function load(m: SessionMachine): void {
  const isLatest = begin(m);
  const retry = () => load(m);
  // Loading again (Try again, or back online) keeps a session on screen: the page under it
  // holds what the user typed, and must not be taken down while the session is asked again.
  m.setView((current) => (current.kind === 'session' ? current : { kind: 'loading' }));
  // Paint the last session at once (no network), then replace it with the fresh answer, which
  // also tells if the sign-in ended meanwhile. A cached view never overrides a fresh one; after
  // a failure (offline, say) it still fills a page that has nothing else to show.
  let fresh = false;
  const check = () =>
    m.request('session.get', {}).then(
      (session) => {
        fresh = true;
        if (isLatest()) show(m, session);
      },
      (error: unknown) => {
        if (isLatest()) fail(m, error, retry, 'session');
      },
    );
  const first = m.opening.current;
  m.opening.current = undefined;
  if (first) {
    // After the first frame: one message confirms or refreshes it, then the network check.
    (first.reply ?? m.request('popup.start', {})).then(
      (answer) => {
        if (!isLatest()) return;
        m.setFrame((current) => same(current, answer.frame));
        show(m, answer.frame.session);
        if (!answer.checked) void check();
      },
      (error: unknown) => {
        if (isLatest()) fail(m, error, retry, 'session');
      },
    );
    return;
  }
  m.request('session.cached', {}).then(
    (cached) =>
      cached &&
      !fresh &&
      isLatest() &&
      m.setView((current) => (current.kind === 'loading' || current.kind === 'empty' ? { kind: 'session', session: cached } : current)),
    () => {},
  );
  void check();
}

export async function connect(m: SessionMachine): Promise<void> {
  const isLatest = begin(m);
  m.setBusy('checking');
  try {
    const { selectedProfileId } = await m.request('auth.state', {});
    if (!isLatest()) return;
    if (selectedProfileId === null) {
      // No profile yet: the options page is where one is created.
      m.setBusy(null);
      m.openSettings();
      return;
    }
    m.setBusy('authorizing');
    const session = await m.request('auth.connect', { profileId: selectedProfileId });
    if (!isLatest()) return;
    m.setBusy(null);
    m.setView({ kind: 'session', session });
  } catch (error) {
    if (isLatest()) fail(m, error, () => void connect(m), 'connect');
  }
}

export function selectSite(m: SessionMachine, siteId: string): void {
  const isLatest = begin(m);
  m.setSwitching(siteId);
  m.request('sites.select', { siteId }).then(
    (session) => {
      if (!isLatest()) return;
      m.setSwitching(null);
      m.setView({ kind: 'session', session });
    },
    (error: unknown) => {
      if (!isLatest()) return;
      m.setSwitching(null);
      fail(m, error, () => selectSite(m, siteId), 'site');
    },
  );
}
