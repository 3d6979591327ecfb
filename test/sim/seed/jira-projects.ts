// The projects of the two simulated sites: which issue types each offers, what their create
// screens hold (edit uses the same fields), their components and versions, and who may create,
// assign and delete. The first seeded user (the one who signs in) can create in most projects but
// not in OPS, and can delete in BIG and GLX only, so permission refusals have somewhere to happen.
import type { Project, ScreenField, User } from '../types.ts';
import { TYPE_BUG, TYPE_EPIC, TYPE_STORY, TYPE_SUBTASK, TYPE_TASK } from './jira-catalog.ts';
import { FIELD_ACCEPTANCE, FIELD_CUSTOMER_REF, FIELD_PLATFORMS, FIELD_SEVERITY, FIELD_STORY_POINTS } from './jira-fields.ts';

export interface ProjectPlan {
  key: string;
  name: string;
  projectTypeKey: Project['projectTypeKey'];
  issueTypeIds: string[];
  /** Whether Severity is required (rather than optional) on this project's Bug screen. */
  severityRequired: boolean;
  components: string[];
  versions: { name: string; released: boolean }[];
  /** Indexes into the site's members. */
  lead: number;
  /** Who may create; undefined = every active member. */
  creators?: number[];
  deleters: number[];
  /** How many top-level issues to generate (epics excluded). */
  issueCount: number;
}

const ALL_TYPES = [TYPE_EPIC, TYPE_TASK, TYPE_BUG, TYPE_STORY, TYPE_SUBTASK];

export const SITE_PLANS: { name: string; slug: string; projects: ProjectPlan[] }[] = [
  {
    name: 'Acme',
    slug: 'acme-sim',
    projects: [
      {
        key: 'BIG', name: 'Big Platform', projectTypeKey: 'software', issueTypeIds: ALL_TYPES, severityRequired: true,
        components: ['API', 'Web app', 'Mobile', 'Billing', 'Infrastructure'],
        versions: [{ name: '1.0', released: true }, { name: '1.1', released: true }, { name: '2.0', released: false }, { name: '2.1', released: false }],
        lead: 1, deleters: [0, 1], issueCount: 120,
      },
      {
        key: 'WEB', name: 'Website Redesign', projectTypeKey: 'software', issueTypeIds: [TYPE_TASK, TYPE_BUG, TYPE_STORY, TYPE_SUBTASK], severityRequired: false,
        components: ['Landing pages', 'Blog', 'Design system'], versions: [{ name: 'Launch', released: false }],
        lead: 2, deleters: [2], issueCount: 24,
      },
      {
        key: 'OPS', name: 'Operations', projectTypeKey: 'business', issueTypeIds: [TYPE_TASK, TYPE_SUBTASK], severityRequired: false,
        components: ['Hiring', 'Facilities'], versions: [],
        lead: 1, creators: [1, 2], deleters: [1], issueCount: 12,
      },
    ],
  },
  {
    name: 'Globex',
    slug: 'globex-sim',
    projects: [
      {
        key: 'GLX', name: 'Globex Core', projectTypeKey: 'software', issueTypeIds: ALL_TYPES, severityRequired: false,
        components: ['Engine', 'Reporting', 'Integrations'], versions: [{ name: '3.4', released: true }, { name: '3.5', released: false }],
        lead: 3, deleters: [0, 3], issueCount: 30,
      },
      {
        key: 'MKT', name: 'Marketing Campaigns', projectTypeKey: 'business', issueTypeIds: [TYPE_TASK, TYPE_SUBTASK], severityRequired: false,
        components: ['Events', 'Social'], versions: [],
        lead: 0, deleters: [0], issueCount: 10,
      },
      {
        key: 'SUP', name: 'Customer Support', projectTypeKey: 'service_desk', issueTypeIds: [TYPE_TASK, TYPE_BUG], severityRequired: false,
        components: [], versions: [],
        lead: 4, deleters: [4], issueCount: 14,
      },
    ],
  },
];

function f(fieldId: string, required = false): ScreenField {
  return { fieldId, required };
}

/** The create (and edit) screen of one issue type in a project like `plan`. */
export function screenFor(typeId: string, plan: ProjectPlan): ScreenField[] {
  const head = [f('project', true), f('issuetype', true), f('summary', true)];
  const people = [f('priority'), f('assignee'), f('reporter'), f('labels'), f('duedate')];
  const releases = plan.components.length > 0 ? [f('components'), f('fixVersions')] : [];
  switch (typeId) {
    case TYPE_EPIC:
      return [...head, f('description'), ...people];
    case TYPE_SUBTASK:
      return [...head, f('parent', true), f('description'), ...people];
    case TYPE_BUG:
      return [...head, f('parent'), f('description'), f(FIELD_SEVERITY, plan.severityRequired), ...people, ...releases, f(FIELD_PLATFORMS), f(FIELD_CUSTOMER_REF)];
    case TYPE_STORY:
      return [...head, f('parent'), f('description'), ...people, ...releases, f(FIELD_STORY_POINTS), f(FIELD_ACCEPTANCE)];
    default:
      return [...head, f('parent'), f('description'), ...people, ...releases, f(FIELD_STORY_POINTS), f(FIELD_CUSTOMER_REF)];
  }
}

/** Builds one Project; ids come from the site's counter so they are unique on the site. */
export function buildProject(plan: ProjectPlan, members: User[], nextId: () => string): Project {
  const active = members.filter((u) => u.active).map((u) => u.accountId);
  const at = (i: number): string => (members[i % members.length] as User).accountId;
  const screens: Record<string, ScreenField[]> = {};
  for (const typeId of plan.issueTypeIds) screens[typeId] = screenFor(typeId, plan);
  return {
    id: nextId(),
    key: plan.key,
    name: plan.name,
    projectTypeKey: plan.projectTypeKey,
    leadAccountId: at(plan.lead),
    issueTypeIds: [...plan.issueTypeIds],
    screens,
    components: plan.components.map((name) => ({ id: nextId(), name })),
    versions: plan.versions.map((v) => ({ id: nextId(), name: v.name, released: v.released })),
    assignableAccountIds: active,
    creatorAccountIds: plan.creators ? plan.creators.map(at) : active,
    deleterAccountIds: plan.deleters.map(at),
  };
}
