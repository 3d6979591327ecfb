// Finding things in one site's state the way Jira resolves identifiers in REST paths and bodies.
import type { FieldDef, Issue, IssueType, Project, SiteState, Status, User } from '../types.ts';

/**
 * An issue by id or key. Jira: "if the identifier doesn't match an issue, a case-insensitive
 * search ... is performed" (spec, getIssue), so `big-7` finds BIG-7.
 */
export function findIssue(site: SiteState, idOrKey: string): Issue | undefined {
  if (/^\d+$/.test(idOrKey)) {
    for (const issue of site.issues.values()) if (issue.id === idOrKey) return issue;
    return undefined;
  }
  return site.issues.get(idOrKey) ?? site.issues.get(idOrKey.toUpperCase());
}

/** A project by id or key; keys are case sensitive (spec: "The project ID or project key (case sensitive)"). */
export function findProject(site: SiteState, idOrKey: string): Project | undefined {
  return site.projects.find((p) => p.id === idOrKey || p.key === idOrKey);
}

export function projectOf(site: SiteState, issue: Issue): Project {
  const project = site.projects.find((p) => p.id === issue.projectId);
  if (!project) throw new Error(`issue ${issue.key} names an unknown project`);
  return project;
}

export function issueTypeById(site: SiteState, id: string): IssueType | undefined {
  return site.issueTypes.find((t) => t.id === id);
}

export function issueTypeOf(site: SiteState, issue: Issue): IssueType {
  const type = issueTypeById(site, issue.issueTypeId);
  if (!type) throw new Error(`issue ${issue.key} names an unknown issue type`);
  return type;
}

export function statusById(site: SiteState, id: string): Status {
  const status = site.statuses.find((s) => s.id === id);
  if (!status) throw new Error(`unknown status ${id}`);
  return status;
}

export function fieldById(site: SiteState, id: string): FieldDef | undefined {
  return site.fields.find((f) => f.id === id);
}

/** The issues whose parent is `issue` and whose type is a sub-task type. */
export function subtasksOf(site: SiteState, issue: Issue): Issue[] {
  const out: Issue[] = [];
  for (const other of site.issues.values()) {
    if (other.parentKey === issue.key && issueTypeOf(site, other).subtask) out.push(other);
  }
  return out.sort((a, b) => Number(a.id) - Number(b.id));
}

export function userById(users: readonly User[], accountId: string): User | undefined {
  return users.find((u) => u.accountId === accountId);
}

/** Reserves the next id and key in `project` (keys PROJ-N, ids numeric and site-wide). */
export function allocateIssue(site: SiteState, project: Project): { id: string; key: string } {
  const id = String(site.nextIssueId);
  site.nextIssueId += 1;
  const n = site.nextIssueNumber[project.key] ?? 1;
  site.nextIssueNumber[project.key] = n + 1;
  return { id, key: `${project.key}-${n}` };
}
