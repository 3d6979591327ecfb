// Parent rules of Jira Cloud's issue hierarchy: a sub-task (level -1) needs a standard issue
// (level 0) of the same project as parent; a standard issue may have an epic (level 1) as parent.
// Messages: gioboa/jira-plugin#35 shows "Issue type is a sub-task but parent issue key or id not
// specified." under `issuetype`.
import type { IssueType, Project, SiteState } from '../types.ts';
import { findIssue, issueTypeOf } from './lookup.ts';

export function checkParent(site: SiteState, project: Project, type: IssueType, parentKey: string | null, errors: Record<string, string>): void {
  if (parentKey === null) {
    if (type.subtask) errors.issuetype = 'Issue type is a sub-task but parent issue key or id not specified.';
    return;
  }
  const parent = findIssue(site, parentKey);
  if (!parent) {
    errors.parent = 'Could not find issue by id or key.';
    return;
  }
  if (issueTypeOf(site, parent).hierarchyLevel !== type.hierarchyLevel + 1) {
    errors.parent = 'Given parent issue does not belong to appropriate hierarchy.';
    return;
  }
  if (type.subtask && parent.projectId !== project.id) {
    errors.parent = 'Sub-tasks must be created in the same project as the parent.';
  }
}
