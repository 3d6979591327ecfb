// One tick of the watch alarm: nothing while paused, signed out or waiting out a 429 or a run of
// errors; otherwise one search per watch (plus comment reads for changed issues) and the project
// lists of the sites that want them. What was found is stored with the watches' new marks in one
// write, then shown: notifications, the badge's count of unseen events.
import { connectionOf } from '../auth/connection-status.ts';
import { CodedError } from '../errors.ts';
import { activityEntry, addActivity, readActivity, unseenCount } from '../watch/activity.ts';
import type { WatchEvent } from '../watch/events.ts';
import { markEntry, readMark } from '../watch/mark.ts';
import { projectSnapshotEntry } from '../watch/project-diff.ts';
import { afterFailure, readSchedule, scheduleEntry, type WatchSchedule } from '../watch/schedule.ts';
import { hasWork, readWatchSettings } from '../watch/settings.ts';
import { apiSendFor } from './api-send.ts';
import type { WorkerDeps } from './deps.ts';
import { watchAccountId } from './watch-account.ts';
import type { WatchPlatform } from './watch-platform.ts';
import { pollProjects } from './watch-projects.ts';
import { pollWatch, type CommentReads } from './watch-poll.ts';
import { showEvents, showReconnect } from './watch-show.ts';

/** Errors that say "Jira is not well now": wait before the next poll. */
const BACKOFF_CODES = new Set(['rate_limited', 'server_error', 'network', 'timeout', 'bad_response']);

/** A failure of one watch or site only: a filter Jira refuses (a project gone, a typo), or a
 *  site no longer in the grant. The others are polled all the same. */
const ownFailure = (error: unknown): boolean =>
  error instanceof CodedError && (error.code === 'jira_rejected' || error.code === 'site_not_in_grant');

export async function watchTick(deps: WorkerDeps, platform: WatchPlatform): Promise<void> {
  const settings = await readWatchSettings(deps.local);
  if (!hasWork(settings)) return;
  const now = deps.now();
  let schedule = await readSchedule(deps.local);
  if (now < schedule.notBefore) return;

  const profile = await deps.registry.selected();
  if (!profile) return;
  const connection = await connectionOf(deps, profile.id, now);
  if (connection.status === 'reconnect_needed') {
    await reconnectNeeded(deps, platform, schedule, profile.id);
    return;
  }
  if (connection.status !== 'connected') return;
  // Connected again: a later revocation is worth saying again.
  if (schedule.reconnectNotified) schedule = { notBefore: schedule.notBefore, failures: schedule.failures };

  const send = apiSendFor(deps, profile);
  const writes: Record<string, unknown> = {};
  const events: WatchEvent[] = [];
  let failure: CodedError | undefined;
  try {
    const watches = settings.watches.filter((w) => w.enabled);
    const first = watches[0]?.siteId ?? settings.projectSites[0];
    const me = first ? await watchAccountId(deps.local, profile.id, send, first) : '';
    const reads: CommentReads = new Map();
    for (const watch of watches) {
      try {
        const result = await pollWatch(send, watch, await readMark(deps.local, watch.id), me, now, reads);
        events.push(...result.events);
        Object.assign(writes, markEntry(watch.id, result.mark));
      } catch (error) {
        if (!ownFailure(error)) throw error;
      }
    }
    for (const siteId of settings.projectSites) {
      try {
        const result = await pollProjects(deps.local, send, siteId, now);
        events.push(...result.events);
        Object.assign(writes, projectSnapshotEntry(siteId, result.projects));
      } catch (error) {
        if (!ownFailure(error)) throw error;
      }
    }
  } catch (error) {
    if (!(error instanceof CodedError)) throw error;
    failure = error;
  }

  // What the watches polled before a failure is kept: their marks moved, so their events count.
  const intervalMs = settings.intervalMinutes * 60_000;
  const next = failure && BACKOFF_CODES.has(failure.code)
    ? afterFailure(schedule, now, intervalMs, failure.details.retryAfterMs)
    : { ...schedule, failures: 0, notBefore: 0 };
  const { list, added } = addActivity(await readActivity(deps.local), events);
  await deps.local.set({ ...writes, ...activityEntry(list), ...scheduleEntry(next) });
  await showEvents(platform, added, unseenCount(list));
  if (failure?.code === 'reconnect_needed') await reconnectNeeded(deps, platform, next, profile.id);
}

async function reconnectNeeded(deps: WorkerDeps, platform: WatchPlatform, schedule: WatchSchedule, profileId: string): Promise<void> {
  if (schedule.reconnectNotified === profileId) return;
  await deps.local.set(scheduleEntry({ ...schedule, reconnectNotified: profileId }));
  await showReconnect(platform);
}
