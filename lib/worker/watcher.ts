// The watches as the worker runs them: the alarm's tick (one at a time), keeping the alarm in step
// with the settings, and what a click on a notification opens. entrypoints/background.ts wires
// alarms.onAlarm, notifications.onClicked and the worker's start to these.
import { readActivity, unseenCount } from '../watch/activity.ts';
import { targetOf } from '../watch/notification-id.ts';
import { hasWork, readWatchSettings } from '../watch/settings.ts';
import { apiSendFor } from './api-send.ts';
import type { WorkerDeps } from './deps.ts';
import { siteUrlOf } from './session.ts';
import type { WatchPlatform } from './watch-platform.ts';
import { badgeText } from './watch-show.ts';
import { watchTick } from './watch-tick.ts';

export interface Watcher {
  /** The alarm fired: poll, then keep the alarm in step (a one-off alarm becomes the repeating one). */
  tick(): Promise<void>;
  /** After a start or a change of settings: the alarm repeats at the interval, or is gone. */
  ensureAlarm(): Promise<void>;
  /** The browser started: the alarm as the settings say, and the badge again (the browser does
   *  not keep it across a restart). */
  started(): Promise<void>;
  /** A notification was clicked: open what it is about. */
  clicked(notificationId: string): Promise<void>;
  /** Runs `work` after the tick or other work before it, never beside it. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

export function createWatcher(deps: WorkerDeps, platform: WatchPlatform): Watcher {
  let running: Promise<void> | undefined;
  // A tick, marking the activity seen and removing a watch each read the activity list or the
  // marks and write them back whole: side by side, the later write would drop the other's change
  // (a tick's new entries, a removed watch's mark put back). One at a time, they cannot.
  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => {});
    return run;
  }

  async function ensureAlarm(): Promise<void> {
    const settings = await readWatchSettings(deps.local);
    const wanted = hasWork(settings) ? settings.intervalMinutes : undefined;
    if ((await platform.alarmPeriod()) !== wanted) await platform.setAlarm(wanted);
  }

  return {
    tick() {
      running ??= exclusive(() => watchTick(deps, platform))
        .finally(() => ensureAlarm())
        .finally(() => {
          running = undefined;
        });
      return running;
    },
    ensureAlarm,
    exclusive,
    async started() {
      await ensureAlarm();
      await platform.setBadge(badgeText(unseenCount(await readActivity(deps.local))));
    },
    async clicked(id) {
      const target = targetOf(id);
      if (!target) return;
      if ('reconnect' in target) {
        await platform.openTab(deps.pageUrl('/options.html'));
        return;
      }
      const settings = await readWatchSettings(deps.local);
      if (settings.openIn === 'popup' && !target.project) {
        await deps.openWindow(deps.pageUrl(`/popup.html?open=${encodeURIComponent(target.key)}`));
        return;
      }
      const profile = await deps.registry.selected();
      const url = profile ? await siteUrlOf(deps.session, profile.id, apiSendFor(deps, profile), target.siteId).catch(() => undefined) : undefined;
      if (!url?.startsWith('https:')) return;
      await platform.openTab(target.key ? `${url}/browse/${encodeURIComponent(target.key)}` : `${url}/jira/projects`);
    },
  };
}
