// Steps for watches in Chromium: fire the poll alarm through the browser's own alarms (the
// extension's listener runs as it does every few minutes), and read what the user would see:
// the notifications (chrome.notifications.getAll) and the toolbar badge. Functions passed to
// worker.evaluate run in the worker, so each names `chrome` itself; the worker is found through an
// open extension page, which wakes it when it was stopped.
import type { Page, Worker } from 'playwright-core';
import { wakeWorkerFrom } from './capture-steps.ts';
import type { Harness } from './harness.ts';
import { click, gone, see, until } from './steps.ts';

const ALARM = 'watch.poll';

interface WatchApis {
  chrome: {
    alarms: {
      create(name: string, info: { when: number }): Promise<void>;
      get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
    };
    notifications: { getAll(): Promise<Record<string, boolean>> };
    action: { getBadgeText(details: object): Promise<string> };
  };
}

/** Fires the watch alarm now and waits until its tick is done: the tick ends by setting the
 *  repeating alarm again (every `minutes`), which the one-off alarm fired here replaced. */
export async function fireWatchAlarm(h: Harness, page: Page, minutes = 5): Promise<void> {
  const worker = await wakeWorkerFrom(h, page);
  await worker.evaluate((name) => (globalThis as unknown as WatchApis).chrome.alarms.create(name, { when: Date.now() }), ALARM);
  await until('the watch tick has run', async () => (await periodOf(await wakeWorkerFrom(h, page))) === minutes);
}

function periodOf(worker: Worker): Promise<number> {
  return worker.evaluate(async (name) => (await (globalThis as unknown as WatchApis).chrome.alarms.get(name))?.periodInMinutes ?? 0, ALARM);
}

/** What the notifications showing are about (ids are `watch:<target json>#<n>`), sorted. */
export async function notificationTargets(h: Harness, page: Page): Promise<string[]> {
  const ids = await (await wakeWorkerFrom(h, page)).evaluate(async () => Object.keys(await (globalThis as unknown as WatchApis).chrome.notifications.getAll()));
  return ids.map((id) => id.slice(0, id.lastIndexOf('#'))).sort();
}

export async function badgeText(h: Harness, page: Page): Promise<string> {
  return (await wakeWorkerFrom(h, page)).evaluate(() => (globalThis as unknown as WatchApis).chrome.action.getBadgeText({}));
}

export const issueTarget = (siteId: string, key: string) => `watch:${JSON.stringify({ siteId, key, project: false })}`;
export const projectTarget = (siteId: string, key: string) => `watch:${JSON.stringify({ siteId, key, project: true })}`;
export const RECONNECT_TARGET = `watch:${JSON.stringify({ reconnect: true })}`;

/** Asks the worker, from an extension page, to store `settings` (lib/messaging/watch-messages.ts),
 *  as the options page's Watches section does on Save. */
export async function saveWatchSettings(page: Page, settings: unknown): Promise<void> {
  const reply = await page.evaluate(
    (payload) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({ type: 'watch.save', payload }),
    settings,
  );
  if (!reply.ok) throw new Error(`watch.save was refused: ${JSON.stringify(reply)}`);
}

/** Options page, Watches: adds a watch of one project on a site, for every kind of news, and
 *  turns on that site's project news; waits until the worker has stored both. */
export async function watchProjectOnOptionsPage(options: Page, site: string, projectKey: string): Promise<void> {
  const section = options.getByRole('region', { name: 'Watches' });
  await see(section.getByRole('group', { name: 'Watch your issues?' }));
  await section.getByRole('combobox', { name: 'Site' }).selectOption({ label: site });
  await section.getByRole('combobox', { name: 'Issues' }).selectOption({ label: 'In a project' });
  await section.getByRole('textbox', { name: 'Project key' }).fill(projectKey);
  await section.getByRole('checkbox', { name: 'New issues' }).check();
  await click(section.getByRole('button', { name: 'Add watch' }));
  await see(section.getByRole('checkbox', { name: new RegExp(`^Project ${projectKey} on ${site}`) }));
  await gone(section.getByRole('group', { name: 'Watch your issues?' }));
  await section.getByRole('checkbox', { name: `New and changed projects on ${site}` }).check();
  await see(section.getByRole('checkbox', { name: `New and changed projects on ${site}`, checked: true }));
  await see(section.getByText('Watches saved.'));
}
