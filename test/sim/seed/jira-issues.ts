// Generates one project's issues from the seed: epics first, then standard issues in creation
// order (keys grow with `created`, as on a real site), some under an epic, some with sub-tasks
// right after them, with varied statuses, people, labels, dates, comments and watchers.
import { pick } from '../random.ts';
import type { Random } from '../random.ts';
import type { Comment, Issue, Project, SiteState, User } from '../types.ts';
import { jiraDate, jiraDateTime } from '../jira/dates.ts';
import { allocateIssue } from '../jira/lookup.ts';
import {
  STATUS_DONE, STATUS_IN_PROGRESS, STATUS_IN_REVIEW, STATUS_TODO,
  TYPE_BUG, TYPE_EPIC, TYPE_STORY, TYPE_SUBTASK, TYPE_TASK, priorities, resolutions,
} from './jira-catalog.ts';
import { FIELD_ACCEPTANCE, FIELD_CUSTOMER_REF, FIELD_PLATFORMS, FIELD_SEVERITY, FIELD_STORY_POINTS, fieldDefs } from './jira-fields.ts';
import { LABELS, paragraphDoc, sentences, summaryFor } from './jira-text.ts';
import type { ProjectPlan } from './jira-projects.ts';
import { richDescriptions as richDescriptionsFor } from './rich-descriptions.ts';

/** Seeded issues are created during the 240 days before this instant (2026-11-20 12:00 UTC). */
export const SEED_NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const DAY = 86_400_000;
const SEVERITIES = fieldDefs().find((f) => f.id === FIELD_SEVERITY)?.allowedValues ?? [];
const PLATFORMS = fieldDefs().find((f) => f.id === FIELD_PLATFORMS)?.allowedValues ?? [];

interface Generator {
  rand: Random;
  site: SiteState;
  project: Project;
  members: User[];
  /** The user who signs in: gets a fair share of assigned, reported and watched issues. */
  me: User;
  rich: Record<string, unknown>[];
  clock: number;
  step: number;
  nextCommentId: () => string;
}

function weighted<T>(rand: Random, options: [T, number][]): T {
  let r = rand() * options.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of options) {
    r -= w;
    if (r < 0) return value;
  }
  return (options[options.length - 1] as [T, number])[0];
}

function some<T>(rand: Random, items: readonly T[], max: number): T[] {
  const count = items.length === 0 ? 0 : Math.floor(rand() * (max + 1));
  const out = new Set<T>();
  for (let i = 0; i < count; i++) out.add(pick(rand, items));
  return [...out];
}

function activeOther(g: Generator): User {
  const others = g.members.filter((u) => u.active && u.accountId !== g.me.accountId);
  return others.length > 0 ? pick(g.rand, others) : g.me;
}

function comments(g: Generator, from: number, to: number): Comment[] {
  if (g.rand() > 0.25) return [];
  const count = 1 + Math.floor(g.rand() * 4);
  return Array.from({ length: count }, (_, i) => {
    const at = jiraDateTime(from + ((to - from) * (i + 1)) / (count + 1));
    const author = g.rand() < 0.3 ? g.me : activeOther(g);
    return { id: g.nextCommentId(), authorAccountId: author.accountId, body: paragraphDoc(sentences(g.rand, 1 + Math.floor(g.rand() * 2))), created: at, updated: at };
  });
}

function addIssue(g: Generator, typeId: string, parentKey: string | null): Issue {
  const { rand, project } = g;
  // Strictly increasing, and never past the day before SEED_NOW however many issues come.
  g.clock += Math.min(g.step * (0.4 + rand() * 1.2), (SEED_NOW - DAY - g.clock) / 4);
  const created = g.clock;
  const updated = created + rand() * (SEED_NOW - created);
  const statusId = weighted(rand, [[STATUS_TODO, 35], [STATUS_IN_PROGRESS, 25], [STATUS_IN_REVIEW, 10], [STATUS_DONE, 30]]);
  const assignee = weighted<User | null>(rand, [[g.me, 30], [activeOther(g), 50], [g.members.find((u) => !u.active) ?? null, 3], [null, 17]]);
  const reporter = rand() < 0.25 ? g.me : activeOther(g);
  const priority = weighted(rand, priorities().map((p, i) => [p, [5, 15, 50, 20, 10][i] ?? 1]));
  const n = g.site.nextIssueNumber[project.key] ?? 1;
  const fields: Record<string, unknown> = {
    summary: summaryFor(rand, typeId),
    description: g.rich[n] ?? (rand() < 0.55 ? paragraphDoc(sentences(rand, 1 + Math.floor(rand() * 3))) : null),
    priority: { ...priority },
    assignee: assignee?.accountId ?? null,
    reporter: reporter.accountId,
    creator: reporter.accountId,
    labels: some(rand, LABELS, 3),
    components: some(rand, project.components, 2).map((c) => ({ ...c })),
    fixVersions: rand() < 0.4 && project.versions.length > 0 ? [{ ...pick(rand, project.versions) }] : [],
    duedate: rand() < 0.3 ? jiraDate(SEED_NOW + (rand() - 0.5) * 120 * DAY) : null,
  };
  if (typeId === TYPE_BUG) {
    const required = project.screens[TYPE_BUG]?.some((s) => s.fieldId === FIELD_SEVERITY && s.required) ?? false;
    fields[FIELD_SEVERITY] = rand() < 0.8 || required ? { ...pick(rand, SEVERITIES) } : null;
    fields[FIELD_PLATFORMS] = rand() < 0.5 ? some(rand, PLATFORMS, 2).map((o) => ({ ...o })) : [];
  }
  if (typeId === TYPE_BUG || typeId === TYPE_TASK) fields[FIELD_CUSTOMER_REF] = rand() < 0.2 ? `CASE-${1000 + Math.floor(rand() * 9000)}` : null;
  if (typeId === TYPE_STORY || typeId === TYPE_TASK) fields[FIELD_STORY_POINTS] = rand() < (typeId === TYPE_STORY ? 0.7 : 0.2) ? pick(rand, [1, 2, 3, 5, 8, 13]) : null;
  if (typeId === TYPE_STORY) fields[FIELD_ACCEPTANCE] = rand() < 0.25 ? paragraphDoc(sentences(rand, 2)) : null;
  if (statusId === STATUS_DONE) {
    fields.resolution = { ...weighted(rand, resolutions().map((r, i) => [r, i === 0 ? 85 : 5])) };
    fields.resolutiondate = jiraDateTime(updated);
  } else {
    fields.resolution = null;
    fields.resolutiondate = null;
  }
  // Keep only what the issue type's screen offers (plus the read-only system values).
  const screen = new Set((project.screens[typeId] ?? []).map((s) => s.fieldId));
  for (const id of Object.keys(fields)) {
    if (!screen.has(id) && !['creator', 'resolution', 'resolutiondate'].includes(id)) delete fields[id];
  }
  const watchers = new Set([reporter.accountId]);
  if (assignee) watchers.add(assignee.accountId);
  if (rand() < 0.15) watchers.add(g.me.accountId);
  const { id, key } = allocateIssue(g.site, project);
  const issue: Issue = {
    id, key, projectId: project.id, issueTypeId: typeId, statusId, fields, parentKey,
    created: jiraDateTime(created), updated: jiraDateTime(updated),
    watcherAccountIds: [...watchers], comments: comments(g, created, updated),
  };
  g.site.issues.set(key, issue);
  return issue;
}

export function seedProjectIssues(rand: Random, site: SiteState, project: Project, plan: ProjectPlan, members: User[], nextCommentId: () => string): void {
  const me = members[0];
  if (!me) throw new Error('a site needs members');
  const hasEpics = project.issueTypeIds.includes(TYPE_EPIC);
  const hasSubtasks = project.issueTypeIds.includes(TYPE_SUBTASK);
  const total = plan.issueCount * (hasSubtasks ? 1.35 : 1) + (hasEpics ? 5 : 0);
  const g: Generator = {
    rand, site, project, members, me, nextCommentId,
    rich: project.key === 'BIG' ? placeRich(members) : [],
    clock: SEED_NOW - 240 * DAY, step: (230 * DAY) / (total * 1.2),
  };
  const epics = hasEpics ? Array.from({ length: 5 }, () => addIssue(g, TYPE_EPIC, null)) : [];
  const standard = project.issueTypeIds.filter((t) => t !== TYPE_EPIC && t !== TYPE_SUBTASK);
  for (let i = 0; i < plan.issueCount; i++) {
    const typeId = pick(rand, standard);
    const epic = epics.length > 0 && rand() < 0.3 ? pick(rand, epics) : null;
    const issue = addIssue(g, typeId, epic?.key ?? null);
    if (hasSubtasks && rand() < 0.17) {
      const count = 1 + Math.floor(rand() * 3);
      for (let s = 0; s < count; s++) addIssue(g, TYPE_SUBTASK, issue.key);
    }
  }
}

/** Rich descriptions go on fixed issue numbers (BIG-3, BIG-12, BIG-20) of the big project. */
function placeRich(members: User[]): Record<string, unknown>[] {
  const docs = richDescriptionsFor(members);
  const slots: Record<string, unknown>[] = [];
  [3, 12, 20].forEach((n, i) => {
    const d = docs[i];
    if (d) slots[n] = d;
  });
  return slots;
}
