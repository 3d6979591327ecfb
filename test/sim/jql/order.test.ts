import { describe, expect, it } from 'vitest';
import { makeEnv, search } from './fixture.ts';

describe('ORDER BY', () => {
  it.each<[string, string[]]>([
    // no ORDER BY: key DESC (the simulator's documented default)
    ['project = ABC', ['ABC-10', 'ABC-9', 'ABC-5', 'ABC-4', 'ABC-3', 'ABC-2', 'ABC-1']],
    // keys sort by project, then numerically
    ['project = ABC order by key', ['ABC-1', 'ABC-2', 'ABC-3', 'ABC-4', 'ABC-5', 'ABC-9', 'ABC-10']],
    ['key in (XYZ-1, ABC-10, ABC-9) order by issuekey asc', ['ABC-9', 'ABC-10', 'XYZ-1']],
    ['key in (XYZ-1, ABC-10, ABC-9) ORDER BY KEY DESC', ['XYZ-1', 'ABC-10', 'ABC-9']],
    // dates default to newest first
    ['project = XYZ order by created', ['XYZ-4', 'XYZ-3', 'XYZ-2', 'XYZ-1']],
    ['project = XYZ order by created asc', ['XYZ-1', 'XYZ-2', 'XYZ-3', 'XYZ-4']],
    ['project = ABC order by updated desc', ['ABC-2', 'ABC-10', 'ABC-5', 'ABC-1', 'ABC-4', 'ABC-3', 'ABC-9']],
    // priority by the priority order, highest first by default; EMPTY after every value
    ['project = ABC order by priority', ['ABC-5', 'ABC-2', 'ABC-1', 'ABC-3', 'ABC-10', 'ABC-4', 'ABC-9']],
    ['project = ABC order by priority asc', ['ABC-9', 'ABC-4', 'ABC-3', 'ABC-10', 'ABC-1', 'ABC-2', 'ABC-5']],
    // status by the configured status order; ties keep the input order (stable)
    ['project = ABC order by status', ['ABC-1', 'ABC-5', 'ABC-10', 'ABC-2', 'ABC-4', 'ABC-3', 'ABC-9']],
    // multi-key
    ['project = ABC order by status desc, key desc', ['ABC-9', 'ABC-3', 'ABC-4', 'ABC-2', 'ABC-10', 'ABC-5', 'ABC-1']],
    // EMPTY sorts after every value, so a descending sort lists it first
    ['project = ABC order by status, priority desc, created asc', ['ABC-5', 'ABC-1', 'ABC-10', 'ABC-2', 'ABC-4', 'ABC-3', 'ABC-9']],
    // summary, case-insensitive
    ['project = XYZ order by summary', ['XYZ-3', 'XYZ-2', 'XYZ-1', 'XYZ-4']],
    // assignee by display name: Alice Zimmer, Bob Young, Carol Adams, then unassigned
    ['project = ABC order by assignee, key', ['ABC-1', 'ABC-9', 'ABC-10', 'ABC-2', 'ABC-4', 'ABC-3', 'ABC-5']],
    ['project = ABC order by assignee desc, key', ['ABC-3', 'ABC-5', 'ABC-4', 'ABC-2', 'ABC-1', 'ABC-9', 'ABC-10']],
    // ORDER BY alone lists everything
    ['order by created asc', ['XYZ-1', 'ABC-3', 'ABC-1', 'ABC-2', 'ABC-9', 'ABC-4', 'XYZ-2', 'ABC-5', 'XYZ-3', 'ABC-10', 'XYZ-4']],
  ])('%s', (jql, keys) => {
    expect(search(jql)).toEqual(keys);
  });

  it('sorts users by account id when the environment lists no users', () => {
    const { users: _users, ...env } = makeEnv();
    expect(search('project = XYZ and assignee is not EMPTY order by assignee desc', env)).toEqual(['XYZ-1', 'XYZ-4', 'XYZ-2']);
  });
});
