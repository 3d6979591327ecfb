// From a poll's answer to events: each change once, by its author, never the user's own.
import { describe, expect, it } from 'vitest';
import { baselineMark, diffComments, diffIssues, OVERLAP_MS } from '../../../lib/watch/diff.ts';
import type { PolledIssue } from '../../../lib/watch/poll-request.ts';

const ME = 'me';
const BRUNO = { accountId: 'bruno', name: 'Bruno Okafor' };
const ALL = { created: true, updated: true, commented: true };
const T0 = Date.UTC(2026, 11, 4, 12, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+0000');

function issue(id: string, created: number, updated: number, histories: PolledIssue['histories'] = [], reporter = BRUNO): PolledIssue {
  return { id, key: `GLX-${id}`, summary: `Issue ${id}`, projectKey: 'GLX', created, updated, updatedText: iso(updated), reporter, histories };
}

describe('diffIssues', () => {
  it("reports another user's new issue and edit, and skips the user's own edit", () => {
    const mark = baselineMark('site', 'project = GLX', T0);
    const page = {
      full: false,
      issues: [
        issue('1', T0 + 1000, T0 + 1000),
        issue('2', T0 - 86_400_000, T0 + 2000, [{ author: BRUNO, created: T0 + 2000 }]),
        issue('3', T0 - 86_400_000, T0 + 3000, [{ author: { accountId: ME, name: 'Me' }, created: T0 + 3000 }]),
      ],
    };
    const diff = diffIssues(mark, page, ME, ALL);
    expect(diff.events.map((e) => [e.kind, e.key, e.by])).toEqual([
      ['created', 'GLX-1', 'Bruno Okafor'],
      ['updated', 'GLX-2', 'Bruno Okafor'],
    ]);
    // Changed issues are checked for comments; a new one is not.
    expect(diff.commentChecks.map((c) => c.issue.key)).toEqual(['GLX-2', 'GLX-3']);
    // The bound trails the newest change by the overlap, and never moves back.
    expect(diff.mark.since).toBe(Math.max(T0, T0 + 3000 - OVERLAP_MS));

    // The same answer again (the overlap finds them again): nothing new.
    expect(diffIssues(diff.mark, page, ME, ALL).events).toEqual([]);
  });

  it('an issue created by the user is no news; events the watch does not want are not made', () => {
    const mark = baselineMark('site', 'project = GLX', T0);
    const mine = issue('4', T0 + 1000, T0 + 1000, [], { accountId: ME, name: 'Me' });
    const edited = issue('5', T0 - 1000_000, T0 + 2000, [{ author: BRUNO, created: T0 + 2000 }]);
    const diff = diffIssues(mark, { full: false, issues: [mine, edited] }, ME, { created: true, updated: false, commented: false });
    expect(diff.events).toEqual([]);
    expect(diff.commentChecks).toEqual([]);
  });

  it('a full page goes on from its last issue, so nothing beyond it is skipped', () => {
    const mark = baselineMark('site', 'project = GLX', T0);
    const diff = diffIssues(mark, { full: true, issues: [issue('6', T0 - 9e6, T0 + 10_000), issue('7', T0 - 9e6, T0 + 20_000)] }, ME, ALL);
    expect(diff.mark.since).toBe(T0 + 20_000);
  });
});

describe('diffComments', () => {
  it("reports others' comments after the last seen change, once", () => {
    const mark = baselineMark('site', 'project = GLX', T0);
    const changed = issue('8', T0 - 9e6, T0 + 5000);
    const comments = [
      { id: '11', author: BRUNO, created: T0 + 5000 },
      { id: '10', author: { accountId: ME, name: 'Me' }, created: T0 + 4000 },
      { id: '9', author: BRUNO, created: T0 - 1000 },
    ];
    expect(diffComments(mark, changed, T0, comments, ME).map((e) => [e.kind, e.key, e.id])).toEqual([['commented', 'GLX-8', 'site:comment:11']]);
    expect(diffComments(mark, changed, T0, comments, ME)).toEqual([]);
  });
});
