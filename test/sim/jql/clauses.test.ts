import { describe, expect, it } from 'vitest';
import { matching } from './fixture.ts';

// Each row: a query and the keys it must match (sorted by project, then number).
const CASES: [string, string[]][] = [
  // project: key, id or name, case-insensitive
  ['project = ABC', ['ABC-1', 'ABC-2', 'ABC-3', 'ABC-4', 'ABC-5', 'ABC-9', 'ABC-10']],
  ['project = abc', ['ABC-1', 'ABC-2', 'ABC-3', 'ABC-4', 'ABC-5', 'ABC-9', 'ABC-10']],
  ['project = 10001', ['XYZ-1', 'XYZ-2', 'XYZ-3', 'XYZ-4']],
  ['project = "xylophone"', ['XYZ-1', 'XYZ-2', 'XYZ-3', 'XYZ-4']],
  ['project in (EMP, XYZ)', ['XYZ-1', 'XYZ-2', 'XYZ-3', 'XYZ-4']],
  ['project = EMP', []],
  ['project is EMPTY', []],
  // key / issuekey: =, in, and comparisons within a project
  ['key = ABC-2', ['ABC-2']],
  ['issuekey = abc-2', ['ABC-2']],
  ['key = 20001', ['ABC-2']],
  ['key in (ABC-1, XYZ-2)', ['ABC-1', 'XYZ-2']],
  ['key not in (ABC-1, XYZ-2) and project = XYZ', ['XYZ-1', 'XYZ-3', 'XYZ-4']],
  ['key > ABC-4', ['ABC-5', 'ABC-9', 'ABC-10']],
  ['key >= ABC-9', ['ABC-9', 'ABC-10']],
  ['key < XYZ-3', ['XYZ-1', 'XYZ-2']],
  ['key <= ABC-2', ['ABC-1', 'ABC-2']],
  ['key != ABC-1 and project = ABC and key < ABC-4', ['ABC-2', 'ABC-3']],
  // assignee / reporter: account ids, currentUser(), EMPTY
  ['assignee = currentUser()', ['ABC-1', 'ABC-9', 'ABC-10']],
  ['assignee = acc-bob', ['ABC-2', 'XYZ-2']],
  ['assignee in (acc-bob, currentUser())', ['ABC-1', 'ABC-2', 'ABC-9', 'ABC-10', 'XYZ-2']],
  ['assignee is EMPTY', ['ABC-3', 'ABC-5', 'XYZ-3']],
  ['assignee is null', ['ABC-3', 'ABC-5', 'XYZ-3']],
  ['assignee = EMPTY', ['ABC-3', 'ABC-5', 'XYZ-3']],
  ['assignee in (EMPTY, acc-bob)', ['ABC-2', 'ABC-3', 'ABC-5', 'XYZ-2', 'XYZ-3']],
  ['assignee is not EMPTY and project = XYZ', ['XYZ-1', 'XYZ-2', 'XYZ-4']],
  // "!=" never matches an EMPTY field (JQL operators reference)
  ['assignee != currentUser()', ['ABC-2', 'ABC-4', 'XYZ-1', 'XYZ-2', 'XYZ-4']],
  ['assignee != currentUser() or assignee is EMPTY', ['ABC-2', 'ABC-3', 'ABC-4', 'ABC-5', 'XYZ-1', 'XYZ-2', 'XYZ-3', 'XYZ-4']],
  ['assignee not in (acc-alice, acc-carol)', ['ABC-2', 'XYZ-2']],
  ['assignee != EMPTY and project = ABC', ['ABC-1', 'ABC-2', 'ABC-4', 'ABC-9', 'ABC-10']],
  ['reporter = currentUser()', ['ABC-2', 'ABC-3', 'ABC-9', 'XYZ-2']],
  ['reporter = acc-carol and project = ABC', ['ABC-5', 'ABC-10']],
  // status: name or id, case-insensitive; unquoted numbers are ids first
  ['status = "In Progress"', ['ABC-2', 'XYZ-1']],
  ['status = "in review"', ['ABC-4', 'XYZ-4']],
  ['status = 5', ['ABC-3', 'ABC-9', 'XYZ-2']],
  ['status in ("To Do", Done) and project = XYZ', ['XYZ-2', 'XYZ-3']],
  ['status != Done and project = XYZ', ['XYZ-1', 'XYZ-3', 'XYZ-4']],
  // statusCategory: name, key or id
  ['statusCategory = "In Progress"', ['ABC-2', 'ABC-4', 'XYZ-1', 'XYZ-4']],
  ['statusCategory = indeterminate', ['ABC-2', 'ABC-4', 'XYZ-1', 'XYZ-4']],
  ['statusCategory = 3', ['ABC-3', 'ABC-9', 'XYZ-2']],
  ['statusCategory = new and project = XYZ', ['XYZ-3']],
  ['statusCategory != Done and project = XYZ', ['XYZ-1', 'XYZ-3', 'XYZ-4']],
  // issuetype / type
  ['issuetype = Bug', ['ABC-2', 'ABC-10', 'XYZ-3']],
  ['type = "sub-task"', ['ABC-4', 'XYZ-2']],
  ['type in (Epic, 10003)', ['ABC-3', 'ABC-4', 'XYZ-2']],
  // labels: case-insensitive, multi-valued
  ['labels = frontend', ['ABC-1', 'ABC-10']],
  ['labels = ui', ['ABC-1']],
  ['labels in (urgent, UI)', ['ABC-1', 'ABC-4']],
  ['labels = nothing', []],
  ['labels != backend', ['ABC-1', 'ABC-10']],
  ['labels is EMPTY and project = XYZ', ['XYZ-1', 'XYZ-2', 'XYZ-3', 'XYZ-4']],
  // priority: name or id, ordered by priority (higher is greater)
  ['priority = High', ['ABC-1', 'XYZ-2']],
  ['priority = 1', ['ABC-2']],
  ['priority > Medium', ['ABC-1', 'ABC-2', 'XYZ-2']],
  ['priority <= Low', ['ABC-4', 'ABC-9', 'XYZ-3']],
  ['priority is EMPTY', ['ABC-5']],
  ['priority != Medium and project = ABC', ['ABC-1', 'ABC-2', 'ABC-4', 'ABC-9']],
  // watcher
  ['watcher = currentUser()', ['ABC-1', 'ABC-2']],
  ['watcher = acc-carol', ['XYZ-2']],
  ['watcher is EMPTY and project = ABC and key < ABC-5', ['ABC-3', 'ABC-4']],
  // parent
  ['parent = ABC-2', ['ABC-4']],
  ['parent in (ABC-2, xyz-1)', ['ABC-4', 'XYZ-2']],
  ['parent = 20007', ['XYZ-2']],
  ['parent is not EMPTY', ['ABC-4', 'XYZ-2']],
  ['parent != ABC-2', ['XYZ-2']],
];

describe('clauses', () => {
  it.each(CASES)('%s', (jql, keys) => {
    expect(matching(jql)).toEqual(keys);
  });
});
