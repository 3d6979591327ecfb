import { describe, expect, it } from 'vitest';
import { makeEnv, matching, NOW } from './fixture.ts';

// NOW is Sunday 15 November 2026, 12:00 UTC.
describe('created / updated', () => {
  it.each<[string, string[]]>([
    ['created >= "2026-11-14"', ['ABC-5', 'ABC-10', 'XYZ-3', 'XYZ-4']],
    ['created >= "2026/11/14"', ['ABC-5', 'ABC-10', 'XYZ-3', 'XYZ-4']],
    ['created > "2026-11-15 11:00"', ['XYZ-4']],
    ['created >= "2026-11-15 11:00"', ['ABC-10', 'XYZ-4']],
    ['created < "2026-10-21"', ['ABC-3', 'XYZ-1']],
    ['created <= "2026-10-20"', ['ABC-3', 'XYZ-1']],
    ['created = "2026-11-15"', ['XYZ-3']],
    ['created != "2026-11-15" and project = XYZ', ['XYZ-1', 'XYZ-2', 'XYZ-4']],
    ['created in ("2026-11-15", "2026-10-20")', ['ABC-3', 'XYZ-3']],
    ['createdDate >= 2026-11-14', ['ABC-5', 'ABC-10', 'XYZ-3', 'XYZ-4']],
    // relative periods count back from now
    ['created >= -1d', ['ABC-5', 'ABC-10', 'XYZ-3', 'XYZ-4']],
    ['created > -2h', ['ABC-10', 'XYZ-4']],
    ['created >= -30m', ['XYZ-4']],
    ['created >= -2w', ['ABC-2', 'ABC-4', 'ABC-5', 'ABC-9', 'ABC-10', 'XYZ-2', 'XYZ-3', 'XYZ-4']],
    ['created >= "-1w 3d"', ['ABC-4', 'ABC-5', 'ABC-10', 'XYZ-2', 'XYZ-3', 'XYZ-4']],
    ['updated < -4w', ['XYZ-1']],
    ['updated >= "-1h"', ['ABC-2', 'ABC-10', 'XYZ-4']],
    // functions
    ['created = now()', ['XYZ-4']],
    ['created < now() and created > "2026-11-15 10:00"', ['ABC-10']],
    ['created >= startOfDay()', ['ABC-10', 'XYZ-3', 'XYZ-4']],
    ['created >= startOfDay(-1)', ['ABC-5', 'ABC-10', 'XYZ-3', 'XYZ-4']],
    ['created >= startOfDay("-1d") and created < startOfDay()', ['ABC-5']],
    ['created > endOfDay(-1)', ['ABC-10', 'XYZ-3', 'XYZ-4']],
    ['updated >= startOfWeek()', ['ABC-2', 'ABC-5', 'ABC-10', 'XYZ-3', 'XYZ-4']],
    ['created >= startOfWeek(-1) and created < startOfWeek()', ['ABC-4', 'ABC-5', 'XYZ-2']],
    ['created >= startOfMonth()', ['ABC-1', 'ABC-2', 'ABC-4', 'ABC-5', 'ABC-9', 'ABC-10', 'XYZ-2', 'XYZ-3', 'XYZ-4']],
    ['created < startOfMonth() and created > endOfMonth("-2M")', ['ABC-3']],
    ['created >= startOfYear() and created < startOfMonth(-1)', ['XYZ-1']],
    ['created is EMPTY', []],
  ])('%s', (jql, keys) => {
    expect(matching(jql)).toEqual(keys);
  });

  it('starts weeks on Sunday and counts relative dates from env.now', () => {
    // Wednesday 18 November 2026, 09:00: the week began on Sunday the 15th.
    const env = makeEnv({ now: Date.UTC(2026, 10, 18, 9, 0) });
    expect(matching('created >= startOfWeek()', env)).toEqual(['ABC-10', 'XYZ-3', 'XYZ-4']);
    expect(matching('created >= startOfWeek("+1d")', env)).toEqual([]);
    expect(matching('created > endOfWeek(-1)', env)).toEqual(['ABC-10', 'XYZ-3', 'XYZ-4']);
    expect(matching('created >= -3d', env)).toEqual(['ABC-10', 'XYZ-4']);
    expect(matching('created >= -3d', makeEnv({ now: NOW }))).toEqual(['ABC-5', 'ABC-10', 'XYZ-2', 'XYZ-3', 'XYZ-4']);
  });
});
