// Jira requests one tick of the watch alarm costs, from the simulator's log: with three watches
// (a project, assigned to me, watching) and nothing new, one search each; with changes by another
// user, plus one comment read per changed issue (for watches that want comments); with a site's
// project news on, plus the project list. Warm: the worker running; cold: stopped just before.
import type { Page } from 'playwright-core';
import type { Harness } from '../e2e/harness.ts';
import { acme, settle } from '../e2e/issue-steps.ts';
import { openPage } from '../e2e/sign-in-steps.ts';
import { fireWatchAlarm, saveWatchSettings } from '../e2e/watch-steps.ts';
import type { Row } from './table.ts';

const ALL = { created: true, updated: true, commented: true };

export async function requestsPerTick(h: Harness): Promise<Row[]> {
  const options = (await openPage(h, 'options.html')) as Page;
  const siteId = acme(h.sim).site.id;
  const watches = [
    { id: 'bench-big', siteId, jql: 'project = BIG', enabled: true, events: ALL },
    { id: 'bench-mine', siteId, jql: 'assignee = currentUser()', enabled: true, events: ALL },
    { id: 'bench-watching', siteId, jql: 'watcher = currentUser()', enabled: true, events: ALL },
  ];
  const settings = (projectSites: string[]) => ({ watches, projectSites, paused: false, intervalMinutes: 5, openIn: 'jira' });
  const other = h.sim.asUser(h.sim.state.users[1]!.accountId);
  let edits = 0;
  // Issues of BIG still there: the bench's delete runs before and removes some.
  const big = [...acme(h.sim).issues.keys()].filter((key) => key.startsWith('BIG-')).slice(0, 40);
  const change = async () => {
    for (let i = 0; i < 5; i++) await other.updateIssue('Acme', big[(edits++) % big.length]!, { summary: `Bench change ${edits}` });
  };
  /** Jira requests of one tick, after `before` (run with the worker up, or after stopping it). */
  const tick = async (before: () => Promise<void>, cold: boolean): Promise<number> => {
    await before();
    if (cold) await h.stopWorker();
    await settle(h.sim, 200);
    h.sim.clearLog();
    await fireWatchAlarm(h, options);
    await settle(h.sim, 200);
    return h.sim.log.filter((e) => e.host === 'api.atlassian.com').length;
  };
  const row = async (label: string, before: () => Promise<void>, note: string): Promise<Row> => {
    const warm = await tick(before, false);
    const cold = await tick(before, true);
    return [label, String(warm), String(cold), note];
  };
  const nothing = async () => {};

  await saveWatchSettings(options, settings([]));
  await fireWatchAlarm(h, options); // each watch marks where it starts
  const rows = [
    await row('3 watches, nothing new', nothing, 'one search per watch'),
    await row('3 watches, 5 issues changed by another user', change, '+ one comment read per changed issue'),
  ];
  await saveWatchSettings(options, settings([siteId]));
  await fireWatchAlarm(h, options); // the site's first project list
  rows.push(await row("3 watches and a site's project news, nothing new", nothing, '+ the project list'));
  await saveWatchSettings(options, { ...settings([]), watches: [] });
  await options.close();
  return rows;
}
