// The poll's JQL, the project snapshots' comparison and the waits after a failure.
import { describe, expect, it } from 'vitest';
import { pollJql, projectFilter } from '../../../lib/watch/jql.ts';
import { diffProjects } from '../../../lib/watch/project-diff.ts';
import { afterFailure, FRESH_SCHEDULE, MAX_BACKOFF_MS } from '../../../lib/watch/schedule.ts';

describe('pollJql', () => {
  it("bounds the user's filter by the last time seen, oldest first, without the filter's own order", () => {
    expect(pollJql('assignee = currentUser() ORDER BY created DESC', 1_700_000_000_123.7)).toBe(
      '(assignee = currentUser()) AND updated >= 1700000000123 ORDER BY updated ASC',
    );
    expect(pollJql(`${projectFilter('GLX')} OR reporter = currentUser()`, 5)).toBe('(project = "GLX" OR reporter = currentUser()) AND updated >= 5 ORDER BY updated ASC');
  });
});

describe('diffProjects', () => {
  it('a new id is a new project; another name, key or lead is a change; the rest is no news', () => {
    const before = [{ id: '1', key: 'GLX', name: 'Globex Core', lead: 'a' }, { id: '2', key: 'MKT', name: 'Marketing' }];
    const after = [{ id: '1', key: 'GLX', name: 'Globex Core', lead: 'b' }, { id: '2', key: 'MKT', name: 'Marketing' }, { id: '3', key: 'NEW', name: 'New' }];
    expect(diffProjects('s', before, after, 0).map((e) => [e.kind, e.key])).toEqual([['projectUpdated', 'GLX'], ['projectCreated', 'NEW']]);
  });
});

describe('afterFailure', () => {
  it("waits Atlassian's Retry-After when given, else the interval doubled per failure, at most an hour", () => {
    expect(afterFailure(FRESH_SCHEDULE, 1000, 300_000, 30_000)).toEqual({ notBefore: 31_000, failures: 1 });
    let schedule = FRESH_SCHEDULE;
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      schedule = afterFailure(schedule, 0, 300_000);
      waits.push(schedule.notBefore);
    }
    expect(waits).toEqual([300_000, 600_000, 1_200_000, 2_400_000, MAX_BACKOFF_MS, MAX_BACKOFF_MS]);
  });
});
