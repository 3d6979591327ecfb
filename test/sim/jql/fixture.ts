// A small hand-built Jira site for the JQL tests: two projects with issues, one empty project,
// four statuses over three categories, five priorities, three users and eleven issues.
import { compileJql, type JqlEnv } from './index.ts';
import type { Issue, SiteState, Status, User } from '../types.ts';

/** Sunday 15 November 2026, 12:00 UTC. */
export const NOW = Date.UTC(2026, 10, 15, 12, 0);

export const USERS: User[] = [
  { accountId: 'acc-alice', displayName: 'Alice Zimmer', emailAddress: 'alice@example.com', timeZone: 'UTC', active: true },
  { accountId: 'acc-bob', displayName: 'Bob Young', emailAddress: 'bob@example.com', timeZone: 'UTC', active: true },
  { accountId: 'acc-carol', displayName: 'Carol Adams', emailAddress: 'carol@example.com', timeZone: 'UTC', active: true },
];

const TODO = { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' } as const;
const PROGRESS = { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' } as const;
const DONE = { id: 3, key: 'done', name: 'Done', colorName: 'green' } as const;
const STATUSES: Status[] = [
  { id: '1', name: 'To Do', category: TODO },
  { id: '3', name: 'In Progress', category: PROGRESS },
  { id: '4', name: 'In Review', category: PROGRESS },
  { id: '5', name: 'Done', category: DONE },
];

function doc(text: string): unknown {
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

interface Row {
  key: string; type: string; status: string; priority: string | null; assignee: string | null;
  reporter: string; labels?: string[]; summary: string; description?: string; parent?: string;
  created: string; updated: string; watchers?: string[]; comments?: string[];
}

const ROWS: Row[] = [
  { key: 'ABC-1', type: '10001', status: '1', priority: '2', assignee: 'acc-alice', reporter: 'acc-bob', labels: ['frontend', 'UI'],
    summary: 'Login button misaligned', description: 'The login button overlaps the footer on mobile.',
    created: '2026-11-01T09:00:00.000Z', updated: '2026-11-14T10:00:00.000Z', watchers: ['acc-alice'] },
  { key: 'ABC-2', type: '10002', status: '3', priority: '1', assignee: 'acc-bob', reporter: 'acc-alice', labels: ['backend'],
    summary: 'Crash when saving a draft', created: '2026-11-02T10:30:00.000Z', updated: '2026-11-15T11:30:00.000Z',
    watchers: ['acc-alice', 'acc-bob'], comments: ['Stack trace attached, see the payment module'] },
  { key: 'ABC-3', type: '10004', status: '5', priority: '3', assignee: null, reporter: 'acc-alice',
    summary: 'Payments epic', created: '2026-10-20T00:00:00.000Z', updated: '2026-11-08T00:00:00.000Z' },
  { key: 'ABC-4', type: '10003', status: '4', priority: '4', assignee: 'acc-carol', reporter: 'acc-bob', labels: ['backend', 'urgent'],
    summary: 'Write regression test for draft saving', parent: 'ABC-2', created: '2026-11-10T08:00:00.000Z', updated: '2026-11-12T08:00:00.000Z' },
  { key: 'ABC-5', type: '10001', status: '1', priority: null, assignee: null, reporter: 'acc-carol',
    summary: 'Update onboarding docs', description: 'Docs for new hires', created: '2026-11-14T23:30:00.000Z', updated: '2026-11-15T08:00:00.000Z' },
  { key: 'ABC-9', type: '10001', status: '5', priority: '5', assignee: 'acc-alice', reporter: 'acc-alice',
    summary: 'Refactor login service', created: '2026-11-05T00:00:00.000Z', updated: '2026-11-06T00:00:00.000Z' },
  { key: 'ABC-10', type: '10002', status: '1', priority: '3', assignee: 'acc-alice', reporter: 'acc-carol', labels: ['frontend'],
    summary: 'Login fails with SSO', created: '2026-11-15T11:00:00.000Z', updated: '2026-11-15T11:00:00.000Z' },
  { key: 'XYZ-1', type: '10001', status: '3', priority: '3', assignee: 'acc-carol', reporter: 'acc-carol',
    summary: 'Tune xylophone', created: '2026-09-01T00:00:00.000Z', updated: '2026-09-02T00:00:00.000Z' },
  { key: 'XYZ-2', type: '10003', status: '5', priority: '2', assignee: 'acc-bob', reporter: 'acc-alice', parent: 'XYZ-1',
    summary: 'Polish mallets', created: '2026-11-13T12:00:00.000Z', updated: '2026-11-13T12:00:00.000Z', watchers: ['acc-carol'] },
  { key: 'XYZ-3', type: '10002', status: '1', priority: '4', assignee: null, reporter: 'acc-bob',
    summary: 'Broken key: C sharp', created: '2026-11-15T00:00:00.000Z', updated: '2026-11-15T00:00:00.000Z' },
  { key: 'XYZ-4', type: '10001', status: '4', priority: '3', assignee: 'acc-carol', reporter: 'acc-carol',
    summary: 'Tuning guide', description: 'How to tune: the full guide', created: '2026-11-15T12:00:00.000Z', updated: '2026-11-15T12:00:00.000Z' },
];

const PRIORITIES = [
  { id: '1', name: 'Highest' }, { id: '2', name: 'High' }, { id: '3', name: 'Medium' }, { id: '4', name: 'Low' }, { id: '5', name: 'Lowest' },
];

export function makeSite(): SiteState {
  const projectIds: Record<string, string> = { ABC: '10000', XYZ: '10001' };
  const issues = new Map<string, Issue>();
  ROWS.forEach((r, n) => {
    const project = r.key.split('-')[0] as string;
    issues.set(r.key, {
      id: String(20000 + n), key: r.key, projectId: projectIds[project] as string, issueTypeId: r.type, statusId: r.status,
      fields: {
        summary: r.summary, description: r.description ? doc(r.description) : null, assignee: r.assignee, reporter: r.reporter,
        labels: r.labels ?? [], priority: r.priority ? PRIORITIES.find((p) => p.id === r.priority) : null,
      },
      parentKey: r.parent ?? null, created: r.created, updated: r.updated, watcherAccountIds: r.watchers ?? [],
      comments: (r.comments ?? []).map((text, i) => ({ id: String(i + 1), authorAccountId: 'acc-bob', body: doc(text), created: r.created, updated: r.created })),
    });
  });
  const project = (id: string, key: string, name: string) => ({
    id, key, name, projectTypeKey: 'software' as const, leadAccountId: 'acc-alice', issueTypeIds: ['10001', '10002', '10003', '10004'],
    screens: {}, components: [], versions: [], assignableAccountIds: [], creatorAccountIds: [], deleterAccountIds: [],
  });
  return {
    site: { id: 'cloud-1', name: 'acme', url: 'https://acme.atlassian.net', avatarUrl: '' },
    projects: [project('10000', 'ABC', 'Alpha Build'), project('10001', 'XYZ', 'Xylophone'), project('10002', 'EMP', 'Empty Project')],
    issueTypes: [
      { id: '10001', name: 'Task', description: '', subtask: false, hierarchyLevel: 0 },
      { id: '10002', name: 'Bug', description: '', subtask: false, hierarchyLevel: 0 },
      { id: '10003', name: 'Sub-task', description: '', subtask: true, hierarchyLevel: -1 },
      { id: '10004', name: 'Epic', description: '', subtask: false, hierarchyLevel: 1 },
    ],
    fields: [{ id: 'customfield_10050', name: 'Story Points', schema: { type: 'number' }, operations: ['set'], hasDefaultValue: false }],
    statuses: STATUSES, workflow: {}, priorities: PRIORITIES, issues, nextIssueId: 20011,
    nextIssueNumber: { ABC: 11, XYZ: 5, EMP: 1 }, memberAccountIds: USERS.map((u) => u.accountId),
  };
}

export function makeEnv(overrides: Partial<JqlEnv> = {}): JqlEnv {
  return { site: makeSite(), currentAccountId: 'acc-alice', now: NOW, users: USERS, ...overrides };
}

/** Keys of the matching issues, in the query's order. */
export function search(jql: string, env: JqlEnv = makeEnv()): string[] {
  const q = compileJql(jql, env);
  return [...env.site.issues.values()].filter((i) => q.matches(i)).sort((a, b) => q.compare(a, b)).map((i) => i.key);
}

/** Keys of the matching issues, sorted by key, for tests about matching only. */
export function matching(jql: string, env: JqlEnv = makeEnv()): string[] {
  const q = compileJql(jql, env);
  const n = (k: string) => [k.split('-')[0] as string, Number(k.split('-')[1])] as const;
  return [...env.site.issues.values()].filter((i) => q.matches(i)).map((i) => i.key)
    .sort((a, b) => (n(a)[0] === n(b)[0] ? n(a)[1] - n(b)[1] : n(a)[0] < n(b)[0] ? -1 : 1));
}

/** The error message compileJql throws, or a marker when it does not throw. */
export function errorOf(jql: string, env: JqlEnv = makeEnv()): string {
  try {
    compileJql(jql, env);
    return '(no error)';
  } catch (e) {
    return (e as Error).message;
  }
}
