// Resolves the literal values of a clause to the ids the simulator stores, validating them the
// way Jira does: "The value 'X' does not exist for the field 'status'." for an unknown name, and
// "A value with ID '7' does not exist ..." for an unknown unquoted number. Jira reads an unquoted
// number as an id first and a name second, and a quoted value as a name first (JQL fields
// reference: "You can search by ... name or ... ID").
import { invalid } from './errors.ts';
import type { Literal } from './operands.ts';
import type { SiteState } from '../types.ts';

type ValueLiteral = Exclude<Literal, { kind: 'empty' }>;

interface Named {
  id: string;
  /** Every name the value answers to (compared case-insensitively). */
  names: string[];
}

/** Matches by name or id; returns every matching id (two statuses may share a name). */
export function byNameOrId(items: Named[], lit: ValueLiteral, field: string): string[] {
  if (lit.kind !== 'value') throw invalid.noValueFromFunction(lit.fn, field);
  const text = lit.text;
  const lower = text.toLowerCase();
  const byId = items.filter((item) => item.id === text).map((item) => item.id);
  const byName = items.filter((item) => item.names.some((n) => n.toLowerCase() === lower)).map((item) => item.id);
  const numeric = /^\d+$/.test(text);
  if (numeric && !lit.quoted) {
    if (byId.length > 0) return byId;
    if (byName.length > 0) return byName;
    throw invalid.noValueForId(field, text);
  }
  if (byName.length > 0) return byName;
  if (numeric && byId.length > 0) return byId;
  throw invalid.noValue(field, text);
}

const KEY = /^([A-Z][A-Z0-9_]*)-(\d+)$/i;

export function splitKey(key: string): { project: string; number: number } | null {
  const m = KEY.exec(key);
  return m ? { project: (m[1] as string).toUpperCase(), number: Number(m[2]) } : null;
}

/** An issue key or id as written in `key = ...` / `parent = ...`; returns the issue's key. */
export function issueKey(site: SiteState, lit: ValueLiteral, field: string): string {
  if (lit.kind !== 'value') throw invalid.noValueFromFunction(lit.fn, field);
  if (/^\d+$/.test(lit.text) && !lit.quoted) {
    for (const issue of site.issues.values()) if (issue.id === lit.text) return issue.key;
    throw invalid.noValueForId(field, lit.text);
  }
  // Jira matches keys case-insensitively ("key = abc-1" finds ABC-1).
  if (!splitKey(lit.text)) throw invalid.badIssueKey(field, lit.text);
  const key = lit.text.toUpperCase();
  if (!site.issues.has(key)) throw invalid.noIssue(field, lit.text);
  return key;
}

/** Compares two keys of the same project by number; null across projects (Jira compares keys within a project). */
export function compareKeys(a: string, b: string): number | null {
  const x = splitKey(a);
  const y = splitKey(b);
  if (!x || !y || x.project !== y.project) return null;
  return x.number - y.number;
}

/** Jira's fixed status categories, for sites whose statuses do not use all of them. */
const BUILT_IN_CATEGORIES: Named[] = [
  { id: '2', names: ['To Do', 'new'] },
  { id: '4', names: ['In Progress', 'indeterminate'] },
  { id: '3', names: ['Done', 'done'] },
];

export function statusCategories(site: SiteState): Named[] {
  const found = new Map<string, Named>();
  for (const s of site.statuses) found.set(String(s.category.id), { id: String(s.category.id), names: [s.category.name, s.category.key] });
  for (const c of BUILT_IN_CATEGORIES) if (!found.has(c.id)) found.set(c.id, c);
  return [...found.values()];
}
