// The poll alarm follows the settings: repeating at the interval while there is a watch, gone
// while paused or with nothing to watch; a browser start sets it and the badge again.
import { describe, expect, it } from 'vitest';
import { activityEntry, addActivity, readActivity } from '../../../lib/watch/activity.ts';
import { createWatchHandlers } from '../../../lib/worker/watch-handlers.ts';
import { deferred } from '../../deferred.ts';
import { notificationId } from '../../../lib/watch/notification-id.ts';
import { DEFAULT_WATCH_SETTINGS, writeWatchSettings } from '../../../lib/watch/settings.ts';
import type { WorkerDeps } from '../../../lib/worker/deps.ts';
import type { WatchPlatform } from '../../../lib/worker/watch-platform.ts';
import { createWatcher } from '../../../lib/worker/watcher.ts';
import { memoryArea } from '../../fake-storage.ts';
import { english } from '../i18n/locale-check.ts';

function setup() {
  const { area } = memoryArea();
  let period: number | undefined;
  const badge: string[] = [];
  const opened: string[] = [];
  const platform: WatchPlatform = {
    t: english(),
    language: 'en',
    notify: async () => {},
    setBadge: async (text) => void badge.push(text),
    setAlarm: async (minutes) => void (period = minutes),
    alarmPeriod: async () => period,
    openTab: async (url) => void opened.push(`tab ${url}`),
  };
  // The alarm, the badge and these clicks read only storage.local and open pages of the extension.
  const deps = {
    local: area,
    pageUrl: (path: string) => `chrome-extension://qaj${path}`,
    openWindow: async (url: string) => void opened.push(`window ${url}`),
  };
  const watcher = createWatcher(deps as unknown as WorkerDeps, platform);
  return { area, watcher, period: () => period, badge, opened };
}

const watch = { id: 'w', siteId: 's', jql: 'watcher = currentUser()', enabled: true, events: { created: false, updated: true, commented: true } };

describe('the watch alarm', () => {
  it('repeats at the interval while there is a watch; none while paused, off or without one', async () => {
    const { area, watcher, period } = setup();
    await watcher.ensureAlarm();
    expect(period()).toBeUndefined();
    await writeWatchSettings(area, { ...DEFAULT_WATCH_SETTINGS, watches: [watch] });
    await watcher.ensureAlarm();
    expect(period()).toBe(5);
    await writeWatchSettings(area, { ...DEFAULT_WATCH_SETTINGS, watches: [watch], intervalMinutes: 15 });
    await watcher.ensureAlarm();
    expect(period()).toBe(15);
    await writeWatchSettings(area, { ...DEFAULT_WATCH_SETTINGS, watches: [watch], paused: true });
    await watcher.ensureAlarm();
    expect(period()).toBeUndefined();
    await writeWatchSettings(area, { ...DEFAULT_WATCH_SETTINGS, watches: [{ ...watch, enabled: false }], projectSites: ['s'] });
    await watcher.ensureAlarm();
    expect(period()).toBe(5);
  });

  it('an interval under a minute is stored as one minute', async () => {
    const { area, watcher, period } = setup();
    await writeWatchSettings(area, { ...DEFAULT_WATCH_SETTINGS, watches: [watch], intervalMinutes: 0.2 });
    await watcher.ensureAlarm();
    expect(period()).toBe(1);
  });

  it('a browser start shows the count of unseen events on the badge again', async () => {
    const { area, watcher, badge } = setup();
    const event = { kind: 'updated' as const, siteId: 's', key: 'A-1', projectKey: 'A', title: 'T', at: 1 };
    await area.set(activityEntry([{ ...event, id: '1', seen: false }, { ...event, id: '2', seen: false }, { ...event, id: '3', seen: true }]));
    await watcher.started();
    expect(badge).toEqual(['2']);
  });

  it('marking the activity seen waits for a tick in progress, so the entries it adds are kept', async () => {
    const { area, watcher } = setup();
    const event = { kind: 'updated' as const, siteId: 's', key: 'A-1', projectKey: 'A', title: 'T', at: 1 };
    await area.set(activityEntry([{ ...event, id: '1', seen: false }]));
    const handlers = createWatchHandlers({ local: area } as unknown as WorkerDeps, {
      settingsChanged: async () => {},
      setBadge: async () => {},
      exclusive: (work) => watcher.exclusive(work),
    });
    // A tick's end: the list read, the new entry added, the list written whole.
    const polled = deferred<void>();
    const tick = watcher.exclusive(async () => {
      await polled.promise;
      await area.set(activityEntry(addActivity(await readActivity(area), [{ ...event, id: '2' }]).list));
    });
    const seen = handlers['activity.seen']({});
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await readActivity(area)).map((e) => e.seen)).toEqual([false]);
    polled.resolve();
    await Promise.all([tick, seen]);
    expect((await readActivity(area)).map((e) => [e.id, e.seen])).toEqual([
      ['2', true],
      ['1', true],
    ]);
  });

  it("a click opens the issue in the popup's Open tab when so set; the reconnect notice opens the options page", async () => {
    const { area, watcher, opened } = setup();
    await writeWatchSettings(area, { ...DEFAULT_WATCH_SETTINGS, watches: [watch], openIn: 'popup' });
    await watcher.clicked(notificationId({ siteId: 's', key: 'A-1', project: false }));
    await watcher.clicked(notificationId({ reconnect: true }));
    await watcher.clicked('not-ours');
    expect(opened).toEqual(['window chrome-extension://qaj/popup.html?open=A-1', 'tab chrome-extension://qaj/options.html']);
  });
});
