// DELETE /rest/api/3/issue/{issueIdOrKey} (spec: deleteIssue): needs the Delete issues project
// permission (403); an issue with sub-tasks needs `deleteSubtasks=true` (400), and then its
// sub-tasks go with it. Children of a deleted epic lose their parent.
import type { RequestContext, Reply } from '../types.ts';
import { siteOf, userOf } from './context.ts';
import { issueNotFound, jiraError } from './errors.ts';
import { findIssue, projectOf, subtasksOf } from './lookup.ts';

export function deleteIssue(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const me = userOf(ctx);
  const issue = findIssue(site, ctx.params.issueIdOrKey ?? '');
  if (!issue) return issueNotFound();
  if (!projectOf(site, issue).deleterAccountIds.includes(me.accountId)) {
    // Jira Cloud's text (mozilla/jira-bugzilla-integration#105).
    return jiraError(403, ['You do not have permission to delete issues in this project.']);
  }
  const subtasks = subtasksOf(site, issue);
  if (subtasks.length > 0 && ctx.query.get('deleteSubtasks') !== 'true') {
    // Jira's wording, two spaces included (its REST functional test for issue deletion).
    return jiraError(400, [`The issue '${issue.key}' has subtasks.  You must specify the 'deleteSubtasks' parameter to delete this issue and all its subtasks.`]);
  }
  for (const sub of subtasks) site.issues.delete(sub.key);
  site.issues.delete(issue.key);
  for (const other of site.issues.values()) {
    if (other.parentKey === issue.key) other.parentKey = null;
  }
  return { status: 204 };
}
