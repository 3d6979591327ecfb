// Watches against the simulator: the worker's tick finds another user's new issue, edit and
// comment once each, leaves the user's own change alone, waits out a 429, and asks one search
// per watch when nothing changed.
import { describe, expect, it } from 'vitest';
import { createWatcher } from '../../../lib/worker/watcher.ts';
import type { WatchPlatform } from '../../../lib/worker/watch-platform.ts';
import type { WatchSettings } from '../../../lib/watch/settings.ts';
import { SEARCH_INDEX_LAG_MS } from '../../sim/jira/search-consistency.ts';
import { english } from '../i18n/locale-check.ts';
import { SITE_URL, siteId, sim, useSimSuite, w } from './sim-suite.ts';

function platform() {
  const shown: { id: string; title: string; message: string; context?: string }[] = [];
  const badge: string[] = [];
  const opened: string[] = [];
  const fake: WatchPlatform = {
    t: english(),
    language: 'en',
    notify: async (id, content) => void shown.push({ id, ...content }),
    setBadge: async (text) => void badge.push(text),
    setAlarm: async () => {},
    alarmPeriod: async () => undefined,
    openTab: async (url) => void opened.push(url),
  };
  return { fake, shown, badge, opened };
}

const watch = (id: string, jql: string) => ({ id, siteId, jql, enabled: true, events: { created: true, updated: true, commented: true } });

async function watching(...watches: ReturnType<typeof watch>[]) {
  const settings: WatchSettings = { watches, projectSites: [], paused: false, intervalMinutes: 5, openIn: 'jira' };
  await w.call('watch.save', settings);
  const p = platform();
  const watcher = createWatcher(w.deps, p.fake);
  await watcher.tick(); // the first tick only marks where to start
  return { ...p, watcher };
}

describe('watch ticks', () => {
  useSimSuite();
  const bruno = () => sim.state.users[1]!;
  const me = () => sim.state.users[0]!;

  it("reports another user's new issue, edit and comment once each, and not the user's own edit", async () => {
    const { watcher, shown, badge, opened } = await watching(watch('web', 'project = WEB'));
    const other = sim.asUser(bruno().accountId);
    const created = await other.createIssue('Acme', 'WEB', { summary: 'Made by Bruno' });
    await other.updateIssue('Acme', 'WEB-1', { summary: 'Renamed by Bruno' });
    await other.addComment('Acme', 'WEB-2', 'A word from Bruno');
    await sim.asUser(me().accountId).updateIssue('Acme', 'WEB-3', { summary: 'My own change' });
    w.advance(SEARCH_INDEX_LAG_MS + 1000);

    await watcher.tick();
    expect(shown.map((n) => [n.title, n.message, n.context])).toEqual([
      [`New issue ${created}`, 'Made by Bruno', 'by Bruno Okafor'],
      ['WEB-1 updated', 'Renamed by Bruno', 'by Bruno Okafor'],
      ['New comment on WEB-2', expect.any(String), 'by Bruno Okafor'],
    ]);
    expect(badge.at(-1)).toBe('3');

    await watcher.tick();
    expect(shown).toHaveLength(3);

    // A click opens the issue on its site.
    await watcher.clicked(shown[1]!.id);
    expect(opened).toEqual([`${SITE_URL}/browse/WEB-1`]);
  });

  it('a watch whose filter Jira refuses is skipped; the others are polled', async () => {
    const { watcher, shown } = await watching(watch('gone', 'project = GONE'), watch('web', 'project = WEB'));
    await sim.asUser(bruno().accountId).updateIssue('Acme', 'WEB-4', { summary: 'Still watched' });
    await watcher.tick();
    expect(shown.map((n) => n.title)).toEqual(['WEB-4 updated']);
  });

  it('a 429 keeps the next tick from sending anything until Retry-After has passed', async () => {
    const { watcher } = await watching(watch('web', 'project = WEB'));
    sim.faults.next(1, { kind: 'status', status: 429, retryAfterSeconds: 30 }, { pathIncludes: '/search/jql' });
    sim.clearLog();
    await watcher.tick();
    expect(w.jiraRequests()).toHaveLength(1);
    w.advance(20_000);
    await watcher.tick();
    expect(w.jiraRequests()).toHaveLength(1);
    w.advance(11_000);
    await watcher.tick();
    expect(w.jiraRequests()).toHaveLength(2);
  });

  it('three watches and no change: one tick is three searches', async () => {
    const { watcher } = await watching(watch('a', 'project = WEB'), watch('b', 'assignee = currentUser()'), watch('c', 'watcher = currentUser()'));
    sim.clearLog();
    await watcher.tick();
    expect(w.jiraRequests()).toEqual(Array(3).fill(`POST /ex/jira/${siteId}/rest/api/3/search/jql`));
  });

  it('removing a watch deletes what it had seen', async () => {
    await watching(watch('web', 'project = WEB'));
    const marks = async () => Object.keys(await w.deps.local.get(null)).filter((k) => k.startsWith('watch.mark.'));
    expect(await marks()).toEqual(['watch.mark.web']);
    await w.call('watch.save', { ...(await w.call('watch.settings', {})), watches: [] });
    expect(await marks()).toEqual([]);
  });
});
