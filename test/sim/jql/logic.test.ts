import { describe, expect, it } from 'vitest';
import { compileJql } from './index.ts';
import { makeEnv, matching } from './fixture.ts';

describe('AND, OR, NOT and parentheses', () => {
  it.each<[string, string[]]>([
    // AND binds tighter than OR
    ['project = XYZ and status = Done or key = ABC-1', ['ABC-1', 'XYZ-2']],
    ['key = ABC-1 or project = XYZ and status = Done', ['ABC-1', 'XYZ-2']],
    ['(key = ABC-1 or project = XYZ) and status = Done', ['XYZ-2']],
    ['project = XYZ and (status = Done or key = ABC-1)', ['XYZ-2']],
    // NOT binds tighter than AND, and negates whole groups in parentheses
    ['not status = Done and project = XYZ', ['XYZ-1', 'XYZ-3', 'XYZ-4']],
    ['not (status = Done or status = "To Do") and project = XYZ', ['XYZ-1', 'XYZ-4']],
    // ABC-5 has no priority: NOT (priority > Low) is priority <= Low, which skips it
    ['not (project = ABC and priority > Low)', ['ABC-4', 'ABC-9', 'XYZ-1', 'XYZ-2', 'XYZ-3', 'XYZ-4']],
    ['not not project = XYZ', ['XYZ-1', 'XYZ-2', 'XYZ-3', 'XYZ-4']],
    // NOT field = value is field != value: EMPTY fields stay out (JQL operators reference)
    ['not assignee = currentUser() and project = ABC', ['ABC-2', 'ABC-4']],
    ['not assignee is EMPTY and project = XYZ', ['XYZ-1', 'XYZ-2', 'XYZ-4']],
    ['not assignee in (EMPTY, acc-carol) and project = XYZ', ['XYZ-2']],
    ['not created < "2026-11-14" and project = ABC', ['ABC-5', 'ABC-10']],
    ['not key < ABC-9', ['ABC-9', 'ABC-10']],
    // keywords are case-insensitive; &&, ||, ! spell AND, OR, NOT
    ['PROJECT = xyz AnD STATUS = done', ['XYZ-2']],
    ['project = XYZ && status = Done || key = ABC-1', ['ABC-1', 'XYZ-2']],
    ['project = XYZ & !status = Done & !status = "To Do"', ['XYZ-1', 'XYZ-4']],
    ['key = ABC-1 | key = ABC-2', ['ABC-1', 'ABC-2']],
    // quoting and escapes
    ["summary ~ 'Broken key'", ['XYZ-3']],
    ['summary ~ "Broken\\u0020key"', ['XYZ-3']],
    ['summary ~ Broken\\ key', ['XYZ-3']],
    ['"project" = "ABC" and "status" = \'Done\'', ['ABC-3', 'ABC-9']],
    ['project = ABC\nAND\tstatus = Done', ['ABC-3', 'ABC-9']],
  ])('%s', (jql, keys) => {
    expect(matching(jql)).toEqual(keys);
  });
});

describe('bounded', () => {
  it.each<[string, boolean]>([
    ['', false],
    ['   ', false],
    ['order by key', false],
    ['ORDER BY created DESC, key', false],
    ['project = ABC', true],
    ['project = ABC order by key', true],
    ['assignee is not EMPTY', true],
  ])('%j is bounded: %s', (jql, bounded) => {
    expect(compileJql(jql, makeEnv()).bounded).toBe(bounded);
  });

  it('an unbounded query matches every issue', () => {
    expect(matching('order by key')).toHaveLength(11);
  });
});
