// Watch settings and activity (watch-messages.ts). Saving the settings sets the poll alarm to
// match; marking the activity seen clears the badge.
import type { Handlers } from '../messaging/server.ts';
import { markActivitySeen, readActivity } from '../watch/activity.ts';
import { readWatchSettings, writeWatchSettings } from '../watch/settings.ts';
import type { WorkerDeps } from './deps.ts';

type WatchHandlers = Pick<Handlers, 'watch.settings' | 'watch.save' | 'activity.list' | 'activity.seen'>;

/** What the handlers ask of the browser; tests and builds without it pass NO_WATCH_HOOKS. */
export interface WatchHooks {
  /** The settings changed: set the alarm to match. */
  settingsChanged(): Promise<void>;
  /** action.setBadgeText. */
  setBadge(text: string): Promise<void>;
}

export const NO_WATCH_HOOKS: WatchHooks = { settingsChanged: async () => {}, setBadge: async () => {} };

export function createWatchHandlers(deps: WorkerDeps, hooks: WatchHooks): WatchHandlers {
  return {
    'watch.settings': async () => readWatchSettings(deps.local),
    'watch.save': async (settings) => {
      await writeWatchSettings(deps.local, settings);
      await hooks.settingsChanged();
      return readWatchSettings(deps.local);
    },
    'activity.list': async () => ({ entries: await readActivity(deps.local) }),
    'activity.seen': async () => {
      await markActivitySeen(deps.local);
      await hooks.setBadge('');
      return {};
    },
  };
}
