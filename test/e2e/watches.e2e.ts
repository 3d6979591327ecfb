// Watches in real Chromium against the simulator: another user's new issue, edit and comment
// become notifications (grouped when many) and the badge's count; the user's own change does
// not; a stopped worker or a restarted browser neither repeats nor loses one; a 429 holds the
// next poll back until its Retry-After; three quiet watches cost three searches a tick; a revoked
// sign-in says so once; the popup's Activity tab lists it all and clears the badge.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';
import { connectionPanel, connectThroughConsent, logText, openPage, profileRadio, signInWithNewProfile, siteOf } from './sign-in-steps.ts';
import { click, see, until } from './steps.ts';
import { badgeText, fireWatchAlarm, issueTarget, notificationTargets, projectTarget, RECONNECT_TARGET, saveWatchSettings, watchProjectOnOptionsPage } from './watch-steps.ts';

/** Search sees a new issue 5 s after its creation (test/sim/jira/search-consistency.ts). */
const INDEX_LAG_MS = 5_500;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watches', () => {
  const h = useHarness();
  let options: Page;
  let globex: string;
  const bruno = () => h.sim.asUser(h.sim.state.users[1]!.accountId);
  const me = () => h.sim.asUser(h.sim.state.users[0]!.accountId);
  const glxWatch = () => ({ id: 'glx', siteId: globex, jql: 'project = GLX', enabled: true, events: { created: true, updated: true, commented: true } });

  beforeAll(async () => {
    options = (await signInWithNewProfile(h, 'E2E watches', 'Globex')) as Page;
    globex = siteOf(h.sim, 'Globex').id;
  }, 90_000);

  it("another user's new issue, edit and comment are one notification each, the badge counts them, and the user's own edit is none", async () => {
    await watchProjectOnOptionsPage(options, 'Globex', 'GLX');
    await fireWatchAlarm(h, options); // the first tick marks where news starts
    expect(await notificationTargets(h, options)).toEqual([]);

    const created = await bruno().createIssue('Globex', 'GLX', { summary: 'Made by Bruno' });
    await bruno().updateIssue('Globex', 'GLX-1', { summary: 'Renamed by Bruno' });
    await bruno().addComment('Globex', 'GLX-2', 'A word from Bruno');
    await me().updateIssue('Globex', 'GLX-3', { summary: 'My own change' });
    await pause(INDEX_LAG_MS);
    await fireWatchAlarm(h, options);
    expect(await notificationTargets(h, options), logText(h.sim)).toEqual(
      [issueTarget(globex, created), issueTarget(globex, 'GLX-1'), issueTarget(globex, 'GLX-2')].sort(),
    );
    expect(await badgeText(h, options)).toBe('3');

    await me().addComment('Globex', 'GLX-4', 'My own comment');
    await fireWatchAlarm(h, options);
    expect(await notificationTargets(h, options)).toHaveLength(3);
    expect(await badgeText(h, options)).toBe('3');
  });

  it('a worker stopped between changes neither repeats nor misses one', async () => {
    await bruno().updateIssue('Globex', 'GLX-5', { summary: 'Before the stop' });
    await h.stopWorker();
    await bruno().addComment('Globex', 'GLX-6', 'While the worker slept');
    await fireWatchAlarm(h, options);
    await h.stopWorker();
    await fireWatchAlarm(h, options);
    const targets = await notificationTargets(h, options);
    expect(targets.filter((t) => t === issueTarget(globex, 'GLX-5'))).toHaveLength(1);
    expect(targets.filter((t) => t === issueTarget(globex, 'GLX-6'))).toHaveLength(1);
    expect(await badgeText(h, options)).toBe('5');
  });

  it('many changes at once are one notification per project, and a new project is one too', async () => {
    for (const n of [7, 8, 9, 10, 11]) await bruno().updateIssue('Globex', `GLX-${n}`, { summary: `Bulk edit ${n}` });
    h.sim.createProject('Globex', 'NEW', 'Newcomers');
    await fireWatchAlarm(h, options);
    const targets = await notificationTargets(h, options);
    expect(targets.filter((t) => t === projectTarget(globex, 'GLX'))).toHaveLength(1);
    expect(targets.filter((t) => t === projectTarget(globex, 'NEW'))).toHaveLength(1);
    expect(targets).toHaveLength(7);
    expect(await badgeText(h, options)).toBe('11');
  });

  it('a 429 on a poll holds the next poll back until its Retry-After has passed', async () => {
    const search = `/ex/jira/${globex}/rest/api/3/search/jql`;
    const searches = () => h.sim.log.filter((e) => e.path === search).map((e) => e.status);
    h.sim.faults.next(1, { kind: 'status', status: 429, retryAfterSeconds: 4 }, { pathIncludes: '/search/jql' });
    h.sim.clearLog();
    await fireWatchAlarm(h, options);
    expect(searches()).toEqual([429]);
    await fireWatchAlarm(h, options);
    expect(searches(), 'a tick before Retry-After sends nothing').toEqual([429]);
    const limited = h.sim.log.find((e) => e.status === 429)?.at ?? 0;
    await until('Retry-After has passed', () => Date.now() - limited > 4_500);
    await fireWatchAlarm(h, options);
    expect(searches()).toEqual([429, 200]);
  });

  it('with three watches and nothing new, one tick is exactly three Jira requests', async () => {
    const watch = (id: string, jql: string) => ({ ...glxWatch(), id, jql });
    await saveWatchSettings(options, {
      watches: [glxWatch(), watch('mine', 'assignee = currentUser()'), watch('watching', 'watcher = currentUser()')],
      projectSites: [],
      paused: false,
      intervalMinutes: 5,
      openIn: 'jira',
    });
    await fireWatchAlarm(h, options); // the two new watches mark where they start
    h.sim.clearLog();
    await fireWatchAlarm(h, options);
    const jira = h.sim.log.filter((e) => e.host === 'api.atlassian.com');
    expect(jira.map((e) => `${e.method} ${e.path}`), logText(h.sim)).toEqual(Array(3).fill(`POST /ex/jira/${globex}/rest/api/3/search/jql`));
  });

  it('a revoked sign-in is one notification and "!" on the badge; after reconnecting, polling goes on', async () => {
    h.sim.revokeGrant();
    await fireWatchAlarm(h, options);
    await fireWatchAlarm(h, options);
    expect((await notificationTargets(h, options)).filter((t) => t === RECONNECT_TARGET)).toHaveLength(1);
    expect(await badgeText(h, options)).toBe('!');

    const fresh = await openPage(h, 'options.html');
    await see(profileRadio(fresh, 'E2E watches', 'Reconnect needed'));
    await connectThroughConsent(h.context, connectionPanel(fresh).getByRole('button', { name: 'Reconnect' }), 'Accept');
    await see(profileRadio(fresh, 'E2E watches', 'Connected'));
    await fresh.close();
    await bruno().updateIssue('Globex', 'GLX-12', { summary: 'After the reconnect' });
    await fireWatchAlarm(h, options);
    expect(await notificationTargets(h, options)).toContain(issueTarget(globex, 'GLX-12'));
    expect(await badgeText(h, options)).toBe('12');
  });

  it("the popup's Activity tab lists what was found, newest first, opens an issue from it, and clears the badge", async () => {
    const popup = await openPage(h, 'popup.html');
    await click(popup.getByRole('tab', { name: 'Activity' }));
    const panel = popup.getByRole('tabpanel', { name: 'Activity' });
    const first = panel.getByRole('listitem').first();
    await see(first.getByRole('button', { name: 'GLX-12 updated' }));
    await see(first.getByText('After the reconnect'));
    await see(first.getByText('by Bruno Okafor', { exact: false }));
    await until('the badge cleared', async () => (await badgeText(h, options)) === '');
    await click(first.getByRole('button', { name: 'GLX-12 updated' }));
    await see(popup.getByRole('tabpanel', { name: 'Open' }).getByText('After the reconnect'));
    await popup.close();
  });

  it('across a browser restart, a change is told once and none is lost', async () => {
    await bruno().updateIssue('Globex', 'GLX-13', { summary: 'Before the restart' });
    await h.restartBrowser();
    options = (await openPage(h, 'options.html')) as Page;
    await bruno().addComment('Globex', 'GLX-14', 'After the restart');
    await fireWatchAlarm(h, options);
    await fireWatchAlarm(h, options);
    const targets = await notificationTargets(h, options);
    expect(targets.filter((t) => t === issueTarget(globex, 'GLX-13'))).toHaveLength(1);
    expect(targets.filter((t) => t === issueTarget(globex, 'GLX-14'))).toHaveLength(1);
    expect(await badgeText(h, options)).toBe('2');
  });
});
