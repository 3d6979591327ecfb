// The options page's first frame (lib/storage/options-frame.ts), kept by the worker: every answer
// that carries the auth state (`auth.state`, a profile saved, selected or deleted) writes it, so
// the next options page paints what this one was last told. A connect or a sign-out removes it
// first (the connection it shows is changing; a connect writes it again once connected), as do a
// reconnect needed (api-send.ts) and a new policy (wire-worker.ts). A writer is begun before the handler runs, so a removal made meanwhile
// voids the write (first-frame.ts).
import type { Handlers } from '../messaging/server.ts';
import type { AuthState } from '../messaging/views.ts';
import type { WorkerDeps } from './deps.ts';

type StateHandlers = Pick<Handlers, 'auth.state' | 'profiles.select' | 'profiles.delete'>;

export function withOptionsFrame<H extends StateHandlers & Pick<Handlers, 'profiles.save' | 'auth.connect' | 'auth.signOut'>>(
  deps: WorkerDeps,
  handlers: H,
): H {
  const writing = <T extends keyof StateHandlers>(handler: Handlers[T]): Handlers[T] =>
    (async (payload: never) => {
      const write = deps.optionsFrame.begin();
      const auth = await (handler as (p: never) => Promise<AuthState>)(payload);
      await write({ auth });
      return auth;
    }) as Handlers[T];
  const { 'profiles.save': save, 'auth.connect': connect, 'auth.signOut': signOut } = handlers;
  return {
    ...handlers,
    'auth.state': writing<'auth.state'>(handlers['auth.state']),
    'profiles.select': writing<'profiles.select'>(handlers['profiles.select']),
    'profiles.delete': writing<'profiles.delete'>(handlers['profiles.delete']),
    'profiles.save': async (payload) => {
      const write = deps.optionsFrame.begin();
      const saved = await save(payload);
      if (saved.ok) await write({ auth: saved.state });
      return saved;
    },
    'auth.connect': async (payload) => {
      await deps.optionsFrame.clear();
      const write = deps.optionsFrame.begin();
      const session = await connect(payload);
      await write({ auth: await handlers['auth.state']({}) });
      return session;
    },
    'auth.signOut': async (payload) => {
      await deps.optionsFrame.clear();
      return signOut(payload);
    },
  };
}
