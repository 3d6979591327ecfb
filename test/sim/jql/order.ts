// ORDER BY. "By default, the field's own sorting order will be used" (JQL keywords reference,
// support.atlassian.com/jira-software-cloud/docs/jql-keywords/): dates and priority sort newest /
// highest first, everything else ascending. Keys sort by project key, then by number (so ABC-10
// follows ABC-9). Status and priority sort by their configured order, not alphabetically.
// Assumptions, not verified against Jira: an EMPTY value sorts after every value (last when
// ascending, first when descending); users sort by display name when the environment lists users,
// else by account id; ties keep their input order (Array.prototype.sort is stable).
import type { SortKey } from './ast.ts';
import { invalid, unsupported } from './errors.ts';
import type { FieldEnv, FieldSpec } from './fields.ts';
import { splitKey } from './values.ts';
import type { Issue } from '../types.ts';

type SortValue = (string | number)[] | null;

interface Sorter {
  value(issue: Issue): SortValue;
  defaultDirection: 'asc' | 'desc';
}

/** With no ORDER BY, the simulator lists issues by key, newest first. This is a chosen default,
 *  not a documented one: the /search/jql reference names no order for such queries (and real
 *  text searches are reported to come back by relevance). key DESC is total, so pages never
 *  overlap or skip, and it puts the newest issues first. */
export const DEFAULT_ORDER: SortKey[] = [{ field: 'key', direction: 'desc' }];

function sorters(env: FieldEnv): Map<string, Sorter> {
  const { site } = env;
  const names = new Map((env.users ?? []).map((u) => [u.accountId, u.displayName.toLowerCase()]));
  const index = <T extends { id: string }>(list: T[]) => new Map(list.map((item, i) => [item.id, i]));
  const priorities = index(site.priorities);
  const statuses = index(site.statuses);
  const types = index(site.issueTypes);
  const projects = new Map(site.projects.map((p) => [p.id, p.name.toLowerCase()]));
  const user = (id: unknown): SortValue => (typeof id === 'string' && id !== '' ? [names.get(id) ?? id, id] : null);
  const at = (map: Map<string, number>, id: string | undefined): SortValue => {
    const i = id === undefined ? undefined : map.get(id);
    return i === undefined ? null : [i];
  };
  const key: Sorter = { defaultDirection: 'asc', value: (i) => { const k = splitKey(i.key); return k ? [k.project, k.number] : [i.key]; } };
  const entries: [string[], Sorter][] = [
    [['key', 'issuekey', 'issue', 'id'], key],
    [['created', 'createddate'], { defaultDirection: 'desc', value: (i) => [Date.parse(i.created)] }],
    [['updated', 'updateddate'], { defaultDirection: 'desc', value: (i) => [Date.parse(i.updated)] }],
    // Priorities are listed highest first, so a higher priority has a lower index.
    [['priority'], { defaultDirection: 'desc', value: (i) => {
      const v = at(priorities, (i.fields.priority as { id?: string } | null | undefined)?.id);
      return v ? [-(v[0] as number)] : null;
    } }],
    [['status'], { defaultDirection: 'asc', value: (i) => at(statuses, i.statusId) }],
    [['issuetype', 'type'], { defaultDirection: 'asc', value: (i) => at(types, i.issueTypeId) }],
    [['project'], { defaultDirection: 'asc', value: (i) => [projects.get(i.projectId) ?? i.projectId] }],
    [['summary'], { defaultDirection: 'asc', value: (i) => [String(i.fields.summary ?? '').toLowerCase()] }],
    [['assignee'], { defaultDirection: 'asc', value: (i) => user(i.fields.assignee) }],
    [['reporter'], { defaultDirection: 'asc', value: (i) => user(i.fields.reporter) }],
  ];
  const map = new Map<string, Sorter>();
  for (const [aliases, sorter] of entries) for (const a of aliases) map.set(a, sorter);
  return map;
}

function compareValues(a: SortValue, b: SortValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

export function compileOrder(keys: SortKey[], env: FieldEnv, fields: Map<string, FieldSpec>): (a: Issue, b: Issue) => number {
  const available = sorters(env);
  const plan = keys.map((k) => {
    const sorter = available.get(k.field.toLowerCase());
    if (!sorter) {
      // Jira's ORDER BY validator answers "Not able to sort using field" both for unknown fields
      // and for fields without a sort order (text, comment, watcher). Custom fields do sort in
      // Jira; the simulator just does not model them.
      const lower = k.field.toLowerCase();
      const custom = !fields.has(lower) && env.site.fields.some((f) => f.id.startsWith('customfield_') && (f.id.toLowerCase() === lower || f.name.toLowerCase() === lower));
      if (custom) throw unsupported(`sorting by '${k.field}'`);
      throw invalid.notSortable(k.field);
    }
    const sign = (k.direction ?? sorter.defaultDirection) === 'desc' ? -1 : 1;
    return { sorter, sign };
  });
  return (a, b) => {
    for (const { sorter, sign } of plan) {
      const va = sorter.value(a);
      const vb = sorter.value(b);
      // EMPTY compares greater than any value, so the direction's sign puts it last or first.
      const c = compareValues(va, vb);
      if (c !== 0) return sign * c;
    }
    return 0;
  };
}
