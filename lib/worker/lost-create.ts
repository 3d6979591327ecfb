// After a create whose answer never came: was the issue made? The create is never sent again by
// itself (a second POST could make a second issue). Instead Jira is searched for an issue in the
// project, reported by the user, created in the last minutes, with exactly the summary sent
// (lib/jira/reconcile-create.ts). Search lags fresh writes by a few seconds, so the search is
// repeated a few times, a little apart, before concluding that nothing was made.
import type { LostCreate } from '../jira/reconcile-create.ts';
import { lostCreateSearchRequest, processLostCreate } from '../jira/reconcile-create.ts';
import type { IssueSummary } from '../jira/search.ts';
import type { Send } from './session.ts';

/** Waits before each check: checks at about 1, 3, 6 and 10 s after the answer was lost. Jira's
 *  index lags fresh writes by a few seconds, and a create that timed out or whose worker stopped
 *  may have been carried out late: the last check leaves room for both. */
export const LOST_CREATE_CHECKS_MS: readonly number[] = [1_000, 2_000, 3_000, 4_000];

/** How far the browser's clock may be off Jira's; an issue last updated before the create was sent,
 *  by more than this, is an older one with the same summary. */
export const CLOCK_SKEW_MS = 60_000;

export type LostCreateOutcome =
  | { kind: 'found'; issue: IssueSummary }
  | { kind: 'several'; issues: IssueSummary[] }
  | { kind: 'none' }
  /** A check itself failed (offline, refused, rate limited): nothing can be said. */
  | { kind: 'unchecked' };

export interface LostCreateDeps {
  /** Sends once: a check must not stretch into minutes of retries. */
  send: Send;
  sleep(ms: number): Promise<void>;
  now(): number;
}

export async function checkLostCreate(
  deps: LostCreateDeps,
  cloudId: string,
  lost: LostCreate,
  waitsMs: readonly number[],
): Promise<LostCreateOutcome> {
  const since = Date.parse(lost.sinceIso);
  const recent = (issue: IssueSummary) => {
    const updated = Date.parse(issue.updated);
    return !Number.isFinite(updated) || !Number.isFinite(since) || updated >= since - CLOCK_SKEW_MS;
  };
  for (const wait of waitsMs) {
    await deps.sleep(wait);
    let matches: IssueSummary[];
    try {
      matches = (await processLostCreate(await deps.send(lostCreateSearchRequest(cloudId, lost, deps.now())), lost.summary)).filter(recent);
    } catch {
      return { kind: 'unchecked' };
    }
    if (matches.length === 1) return { kind: 'found', issue: matches[0] as IssueSummary };
    if (matches.length > 1) return { kind: 'several', issues: matches };
  }
  return { kind: 'none' };
}
