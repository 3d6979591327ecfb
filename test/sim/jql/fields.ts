// The JQL fields the simulator answers, with the operators each one supports as listed in
// Atlassian's "JQL fields" reference (support.atlassian.com/jira-software-cloud/docs/jql-fields/).
// Field names are case-insensitive; aliases (type, issuekey, createdDate, ...) are Jira's.
import type { Op } from './ast.ts';
import { invalid, unsupported } from './errors.ts';
import type { Literal } from './operands.ts';
import { plainText } from './text.ts';
import { byNameOrId, compareKeys, issueKey, statusCategories } from './values.ts';
import { parseDateValue } from './dates.ts';
import type { Issue, SiteState, User } from '../types.ts';

export interface FieldEnv {
  site: SiteState;
  currentAccountId: string;
  now: number;
  users?: readonly User[];
}

export type ValueLiteral = Exclude<Literal, { kind: 'empty' }>;

interface Common {
  ops: readonly Op[];
  /** Whether EMPTY / NULL may be searched for. */
  empty: boolean;
}

/** A field holding zero or more comparable values (ids, account ids, labels, timestamps). */
export interface SetField extends Common {
  type: 'set';
  read(issue: Issue): string[];
  /** The stored values a literal stands for; throws Jira's validation error when there are none. */
  resolve(lit: ValueLiteral, field: string): string[];
  /** For <, >, <=, >=: null when the two values cannot be ordered (issue keys of other projects). */
  compare?(a: string, b: string): number | null;
}

export interface TextField extends Common {
  type: 'text';
  read(issue: Issue): string;
}

export type FieldSpec = SetField | TextField;

const EQUALITY: Op[] = ['=', '!=', 'in', 'not in', 'is', 'is not'];
const ORDERED: Op[] = [...EQUALITY, '<', '>', '<=', '>='];
const TEXT: Op[] = ['~', '!~', 'is', 'is not'];

/** Real Jira fields this simulator does not model (so the error does not claim they do not exist). */
const NOT_MODELLED = new Set(['resolution', 'component', 'fixversion', 'affectedversion', 'due', 'duedate',
  'resolved', 'resolutiondate', 'creator', 'votes', 'voter', 'sprint', 'epic link', 'rank', 'level',
  'attachments', 'issuelinktype', 'filter', 'category', 'projecttype', 'originalestimate',
  'remainingestimate', 'timespent', 'workratio', 'lastviewed', 'team', 'flagged']);

export function buildFields(env: FieldEnv): Map<string, FieldSpec> {
  const { site } = env;
  const str = (v: unknown): string[] => (typeof v === 'string' && v !== '' ? [v] : []);
  const users = new Set<string>([...site.memberAccountIds, ...(env.users ?? []).map((u) => u.accountId)]);
  for (const issue of site.issues.values()) {
    for (const id of [...str(issue.fields.assignee), ...str(issue.fields.reporter), ...issue.watcherAccountIds]) users.add(id);
  }
  const user = (lit: ValueLiteral, field: string): string[] => {
    if (lit.kind === 'user') return [lit.accountId];
    if (lit.kind === 'date') throw invalid.noValueFromFunction(lit.fn, field);
    // Jira Cloud identifies people by account id only (GDPR changes to JQL).
    if (!users.has(lit.text)) throw invalid.noValue(field, lit.text);
    return [lit.text];
  };
  // `=` compares the exact instant, so created = "2026-11-15" finds only issues created at
  // midnight; a whole day takes a range (>= and <), as on Jira.
  const date = (lit: ValueLiteral, field: string): string[] => {
    if (lit.kind === 'date') return [String(lit.ms)];
    if (lit.kind === 'user') throw invalid.dateFromFunction(field, lit.fn);
    const ms = parseDateValue(lit.text, env.now);
    if (ms === null) throw invalid.badDate(field, lit.text);
    return [String(ms)];
  };
  const byNumber = (a: string, b: string) => Number(a) - Number(b);
  const priorityRank = new Map(site.priorities.map((p, i) => [p.id, site.priorities.length - i]));
  const statuses = new Map(site.statuses.map((s) => [s.id, s]));
  const categories = statusCategories(site);

  const fields: [string[], FieldSpec][] = [
    [['project'], { type: 'set', ops: EQUALITY, empty: true, read: (i) => [i.projectId],
      resolve: (lit, f) => byNameOrId(site.projects.map((p) => ({ id: p.id, names: [p.key, p.name] })), lit, f) }],
    [['issuetype', 'type'], { type: 'set', ops: EQUALITY, empty: true, read: (i) => [i.issueTypeId],
      resolve: (lit, f) => byNameOrId(site.issueTypes.map((t) => ({ id: t.id, names: [t.name] })), lit, f) }],
    [['status'], { type: 'set', ops: EQUALITY, empty: true, read: (i) => [i.statusId],
      resolve: (lit, f) => byNameOrId(site.statuses.map((s) => ({ id: s.id, names: [s.name] })), lit, f) }],
    [['statuscategory'], { type: 'set', ops: EQUALITY, empty: true,
      read: (i) => { const s = statuses.get(i.statusId); return s ? [String(s.category.id)] : []; },
      resolve: (lit, f) => byNameOrId(categories, lit, f) }],
    // Priority comparisons follow the priority order ("priority > normal": higher than Normal).
    [['priority'], { type: 'set', ops: ORDERED, empty: true,
      read: (i) => { const p = i.fields.priority as { id?: string } | null | undefined; return p?.id ? [p.id] : []; },
      resolve: (lit, f) => byNameOrId(site.priorities.map((p) => ({ id: p.id, names: [p.name] })), lit, f),
      compare: (a, b) => (priorityRank.get(a) ?? 0) - (priorityRank.get(b) ?? 0) }],
    [['assignee'], { type: 'set', ops: EQUALITY, empty: true, read: (i) => str(i.fields.assignee), resolve: user }],
    [['reporter'], { type: 'set', ops: EQUALITY, empty: true, read: (i) => str(i.fields.reporter), resolve: user }],
    [['watcher'], { type: 'set', ops: EQUALITY, empty: true, read: (i) => i.watcherAccountIds, resolve: user }],
    // Labels match ignoring case: an assumption, after reports that label search stopped being
    // case-sensitive in Jira 7.10; labels are stored as written.
    [['labels'], { type: 'set', ops: EQUALITY, empty: true,
      read: (i) => (Array.isArray(i.fields.labels) ? i.fields.labels.map((l) => String(l).toLowerCase()) : []),
      resolve: (lit, f) => { if (lit.kind !== 'value') throw invalid.noValueFromFunction(lit.fn, f); return [lit.text.toLowerCase()]; } }],
    [['parent'], { type: 'set', ops: EQUALITY, empty: true, read: (i) => (i.parentKey ? [i.parentKey] : []),
      resolve: (lit, f) => [issueKey(site, lit, f)] }],
    [['key', 'issuekey', 'issue', 'id'], { type: 'set', ops: ['=', '!=', 'in', 'not in', '<', '>', '<=', '>='], empty: false,
      read: (i) => [i.key], resolve: (lit, f) => [issueKey(site, lit, f)], compare: compareKeys }],
    [['created', 'createddate'], { type: 'set', ops: ORDERED, empty: true, read: (i) => [String(Date.parse(i.created))], resolve: date, compare: byNumber }],
    [['updated', 'updateddate'], { type: 'set', ops: ORDERED, empty: true, read: (i) => [String(Date.parse(i.updated))], resolve: date, compare: byNumber }],
    [['summary'], { type: 'text', ops: TEXT, empty: true, read: (i) => plainText(i.fields.summary) }],
    [['description'], { type: 'text', ops: TEXT, empty: true, read: (i) => plainText(i.fields.description) }],
    [['environment'], { type: 'text', ops: TEXT, empty: true, read: (i) => plainText(i.fields.environment) }],
    [['comment'], { type: 'text', ops: TEXT, empty: false, read: (i) => i.comments.map((c) => plainText(c.body)).join('\n') }],
    // "text" searches Summary, Description, Environment, Comments and all text custom fields.
    [['text'], { type: 'text', ops: ['~'], empty: false, read: (i) => allText(site, i) }],
  ];
  const map = new Map<string, FieldSpec>();
  for (const [names, spec] of fields) for (const n of names) map.set(n, spec);
  return map;
}

function allText(site: SiteState, issue: Issue): string {
  const custom = site.fields.filter((f) => f.id.startsWith('customfield_') && f.schema.type === 'string');
  return [issue.fields.summary, issue.fields.description, issue.fields.environment,
    ...issue.comments.map((c) => c.body), ...custom.map((f) => issue.fields[f.id])].map(plainText).join('\n');
}

/** The spec for a field name as written, or Jira's "does not exist" error. */
export function lookupField(fields: Map<string, FieldSpec>, site: SiteState, name: string): FieldSpec {
  const lower = name.toLowerCase();
  const spec = fields.get(lower);
  if (spec) return spec;
  const custom = /^cf\[\d+\]$/.test(lower) || site.fields.some((f) => f.id.toLowerCase() === lower || f.name.toLowerCase() === lower);
  if (custom || NOT_MODELLED.has(lower)) throw unsupported(`the field '${name}'`);
  throw invalid.noField(name);
}
