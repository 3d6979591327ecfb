// The worker as the Create section sees it: projects, issue types and create screens shaped like
// the simulator's (BIG's Bug has the required Severity select), answered by a fake `request`.
import type { CreateMetaIssueType } from '../../../lib/jira/create-meta.ts';
import type { FieldMeta } from '../../../lib/jira/field-meta.ts';
import type { ProjectRef } from '../../../lib/jira/issue-parts.ts';
import { BUG_CREATE, REGION, STORY_CREATE } from '../../lib/jira/fields/fixtures.ts';
import { fakeWorker, type Handlers } from '../fake-worker.ts';
import { acme } from '../popup/fixtures.ts';

export { acme, deferred } from '../popup/fixtures.ts';

export const BIG: ProjectRef = { id: '10000', key: 'BIG', name: 'Big Platform' };
export const WEB: ProjectRef = { id: '10001', key: 'WEB', name: 'Website' };
export const OPS: ProjectRef = { id: '10002', key: 'OPS', name: 'Operations' };

export const TASK: CreateMetaIssueType = { id: '10001', name: 'Task', subtask: false, hierarchyLevel: 0 };
export const BUG: CreateMetaIssueType = { id: '10002', name: 'Bug', subtask: false, hierarchyLevel: 0 };
export const STORY: CreateMetaIssueType = { id: '10003', name: 'Story', subtask: false, hierarchyLevel: 0 };
export const INCIDENT: CreateMetaIssueType = { id: '10009', name: 'Incident', subtask: false, hierarchyLevel: 0 };

/** The test fixtures type `allowedValues` loosely; the protocol's FieldMeta is the same JSON. */
const metas = (list: unknown[]) => list as FieldMeta[];

export const SCREENS: Record<string, FieldMeta[]> = {
  [`BIG/${BUG.id}`]: metas(BUG_CREATE),
  [`BIG/${STORY.id}`]: metas(STORY_CREATE),
  [`BIG/${TASK.id}`]: metas(STORY_CREATE),
  // A required cascading select: the form cannot fill it.
  [`OPS/${INCIDENT.id}`]: metas([...BUG_CREATE.slice(0, 3), REGION]),
};

export const CREATED = { id: '10107', key: 'BIG-7', url: 'https://acme.atlassian.net/browse/BIG-7', summary: 'Login fails' };

/** A worker with the projects above; a test overrides any answer. */
export function createWorker(overrides: Handlers = {}) {
  return fakeWorker({
    'projects.list': async () => ({ projects: [BIG, WEB, OPS] }),
    'create.lastUsed': async () => ({}),
    'create.issueTypes': async ({ projectKey }) => (projectKey === 'OPS' ? [INCIDENT] : [TASK, BUG, STORY]),
    'create.fields': async ({ projectKey, issueTypeId }) => SCREENS[`${projectKey}/${issueTypeId}`] ?? metas(STORY_CREATE),
    'issue.create': async () => CREATED,
    ...overrides,
  });
}

export const session = { site: acme };
