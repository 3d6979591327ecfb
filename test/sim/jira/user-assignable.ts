// GET /rest/api/3/user/assignable/search (spec: findAssignableUsers → User[]): the active users
// who may be assigned issues in a project (or the project of an issue), filtered by `query`
// against the start of the display name's words or of the email address.
import type { Project, RequestContext, Reply, User } from '../types.ts';
import { queryInt, siteOf } from './context.ts';
import { issueNotFound, jiraError, projectNotFound } from './errors.ts';
import { findIssue, findProject, projectOf } from './lookup.ts';
import { userJson } from './view-config.ts';

function matches(user: User, query: string): boolean {
  const q = query.toLowerCase();
  if (q === '') return true;
  const name = user.displayName.toLowerCase();
  return name.startsWith(q) || name.split(/\s+/).some((w) => w.startsWith(q)) || user.emailAddress.toLowerCase().startsWith(q);
}

export function findAssignableUsers(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const q = ctx.query;
  const projectRef = q.get('project');
  const issueRef = q.get('issueKey') ?? q.get('issueId');
  let project: Project | undefined;
  if (issueRef !== null) {
    const issue = findIssue(site, issueRef);
    if (!issue) return issueNotFound();
    project = projectOf(site, issue);
  } else if (projectRef !== null) {
    project = findProject(site, projectRef);
    if (!project) return projectNotFound(projectRef);
  } else {
    // Spec 400: "None of issueKey, issueId or project is present."
    return jiraError(400, ["One of 'issueKey', 'issueId' or 'project' must be specified."]);
  }
  const query = q.get('query') ?? '';
  const accountId = q.get('accountId');
  // Spec 400: "query and accountId are provided."
  if (accountId !== null && query !== '') return jiraError(400, ["The parameters 'query' and 'accountId' can't be used together."]);
  const candidates = ctx.state.users.filter((u) => u.active && project.assignableAccountIds.includes(u.accountId)
    && (accountId === null ? matches(u, query) : u.accountId === accountId));
  const startAt = Math.max(queryInt(q, 'startAt', 0), 0);
  const maxResults = Math.max(queryInt(q, 'maxResults', 50), 0);
  return { status: 200, body: candidates.slice(startAt, startAt + maxResults).map((u) => userJson(site, u)) };
}
