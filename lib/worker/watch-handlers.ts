// Watch settings and activity (watch-messages.ts). Saving the settings sets the poll alarm to
// match; marking the activity seen clears the badge.
import type { Handlers } from '../messaging/server.ts';
import { markActivitySeen, readActivity } from '../watch/activity.ts';
import { readWatchSettings, writeWatchSettings } from '../watch/settings.ts';
import { watchMarkKey, watchProjectsKey } from '../storage/keys.ts';
import type { WorkerDeps } from './deps.ts';

type WatchHandlers = Pick<Handlers, 'watch.settings' | 'watch.save' | 'activity.list' | 'activity.seen'>;

/** What the handlers ask of the browser; tests and builds without it pass NO_WATCH_HOOKS. */
export interface WatchHooks {
  /** The settings changed: set the alarm to match. */
  settingsChanged(): Promise<void>;
  /** action.setBadgeText. */
  setBadge(text: string): Promise<void>;
  /** The watcher's one-at-a-time (watcher.ts): what rewrites the activity list or the marks waits
   *  for a tick in progress. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

export const NO_WATCH_HOOKS: WatchHooks = { settingsChanged: async () => {}, setBadge: async () => {}, exclusive: (work) => work() };

export function createWatchHandlers(deps: WorkerDeps, hooks: WatchHooks): WatchHandlers {
  return {
    'watch.settings': async () => readWatchSettings(deps.local),
    'watch.save': async (settings) => {
      // What a removed watch had seen, and a dropped site's project list, go with them.
      await hooks.exclusive(async () => {
        const before = await readWatchSettings(deps.local);
        const gone = [
          ...before.watches.filter((w) => !settings.watches.some((n) => n.id === w.id)).map((w) => watchMarkKey(w.id)),
          ...before.projectSites.filter((id) => !settings.projectSites.includes(id)).map(watchProjectsKey),
        ];
        await writeWatchSettings(deps.local, settings);
        if (gone.length > 0) await deps.local.remove(gone);
      });
      await hooks.settingsChanged();
      return readWatchSettings(deps.local);
    },
    'activity.list': async () => ({ entries: await readActivity(deps.local) }),
    'activity.seen': async () => {
      await hooks.exclusive(() => markActivitySeen(deps.local));
      await hooks.setBadge('');
      return {};
    },
  };
}
