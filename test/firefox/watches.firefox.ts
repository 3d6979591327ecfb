// Watches in Firefox: the same alarm, notification and badge code as in Chromium (no Chrome-only
// notification options), driven from an extension page, where Firefox offers alarms, notification
// events and the action's badge as well. Headless Firefox has no system alert service: it accepts
// a notification and closes it at once, so the test follows notifications.onShown/onClosed, which
// name every notification Firefox accepted, instead of notifications.getAll.
import { describe, expect, it } from 'vitest';
import { acme, openPopup, settle, signedInToAcme } from '../e2e/issue-steps.ts';
import { until } from '../e2e/steps.ts';
import { issueTarget } from '../e2e/watch-steps.ts';
import { useFirefox } from './harness.ts';
import type { FirefoxPage } from './ui-page.ts';

type Listen = { addListener(listener: (id: string) => void): void };
interface WatchApis {
  /** Ids of the notifications Firefox showed or closed, as the page heard of them. */
  heard: string[];
  browser: {
    runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> };
    alarms: { create(name: string, info: { when: number }): void };
    notifications: { onShown?: Listen; onClosed: Listen };
    action: { getBadgeText(details: object): Promise<string> };
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  };
}

/** Fires the watch alarm now. Firefox's alarms.create returns before the alarm is set, so each
 *  test waits for what the tick does. */
function fire(page: FirefoxPage): Promise<void> {
  return page.raw.evaluate(() => void (globalThis as unknown as WatchApis).browser.alarms.create('watch.poll', { when: Date.now() }));
}

/** What the notifications heard of are about (ids are `watch:<target json>#<n>`), once each. */
async function notified(page: FirefoxPage): Promise<string[]> {
  const ids = await page.raw.evaluate(() => (globalThis as unknown as WatchApis).heard);
  return [...new Set(ids.map((id) => id.slice(0, id.lastIndexOf('#'))))];
}

describe('Firefox: watches', () => {
  const h = signedInToAcme(useFirefox(), 'Firefox watches');

  it("another user's edit is a notification and the badge's count; the user's own is not", async () => {
    const page = await openPopup(h);
    const siteId = acme(h.sim).site.id;
    const settings = {
      watches: [{ id: 'ff', siteId, jql: 'project = WEB', enabled: true, events: { created: true, updated: true, commented: true } }],
      projectSites: [],
      paused: false,
      intervalMinutes: 5,
      openIn: 'jira',
    };
    const saved = await page.raw.evaluate((payload) => (globalThis as unknown as WatchApis).browser.runtime.sendMessage({ type: 'watch.save', payload }), settings);
    expect(saved.ok).toBe(true);
    await fire(page); // the first tick marks where news starts
    await until('the watch marked where it starts', async () =>
      Object.keys(await page.raw.evaluate(() => (globalThis as unknown as WatchApis).browser.storage.local.get('watch.mark.ff'))).length > 0,
    page);

    await page.raw.evaluate(() => {
      const g = globalThis as unknown as WatchApis;
      g.heard = [];
      g.browser.notifications.onShown?.addListener((id) => g.heard.push(id));
      g.browser.notifications.onClosed.addListener((id) => g.heard.push(id));
    });
    await h.sim.asUser(h.sim.state.users[1]!.accountId).updateIssue('Acme', 'WEB-2', { summary: 'Changed by Bruno' });
    await h.sim.asUser(h.sim.state.users[0]!.accountId).updateIssue('Acme', 'WEB-3', { summary: 'Changed by me' });
    await fire(page);
    await until('a notification', async () => (await notified(page)).length > 0, page);
    await settle(h.sim);
    expect(await notified(page)).toEqual([issueTarget(siteId, 'WEB-2')]);
    expect(await page.raw.evaluate(() => (globalThis as unknown as WatchApis).browser.action.getBadgeText({}))).toBe('1');
    await page.close();
  });
});
