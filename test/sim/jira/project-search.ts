// GET /rest/api/3/project/search (spec: searchProjects → PageBeanProject). `action=create` keeps
// the projects the user may create issues in; `query` matches key or name case-insensitively
// ("Projects with a matching key or name are returned"); paged with startAt/maxResults ≤ 100.
import type { Project, RequestContext, Reply, SiteState, User } from '../types.ts';
import { jiraDateTime } from './dates.ts';
import { page, queryInt, queryList, siteOf, userOf } from './context.ts';
import { apiBase } from './urls.ts';
import { issueTypeJson, projectRefJson, userRefJson } from './view-config.ts';

function allowed(project: Project, user: User, action: string): boolean {
  if (action === 'create') return project.creatorAccountIds.includes(user.accountId);
  // Editing a project needs Administer Projects; the lead has it here.
  if (action === 'edit') return project.leadAccountId === user.accountId;
  return true; // view / browse: every member of the site may browse every project
}

function projectJson(site: SiteState, users: readonly User[], project: Project, expand: Set<string>): Record<string, unknown> {
  const json: Record<string, unknown> = {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    ...projectRefJson(site, project),
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
  if (expand.has('description')) json.description = '';
  if (expand.has('lead')) json.lead = userRefJson(site, users, project.leadAccountId);
  if (expand.has('issueTypes')) {
    json.issueTypes = project.issueTypeIds.flatMap((id) => site.issueTypes.filter((t) => t.id === id)).map((t) => issueTypeJson(site, t));
  }
  if (expand.has('insight')) {
    const issues = [...site.issues.values()].filter((i) => i.projectId === project.id);
    const last = issues.map((i) => Date.parse(i.updated)).reduce((a, b) => Math.max(a, b), 0);
    json.insight = { totalIssueCount: issues.length, ...(last > 0 ? { lastIssueUpdateTime: jiraDateTime(last) } : {}) };
  }
  return json;
}

export function searchProjects(ctx: RequestContext): Reply {
  const site = siteOf(ctx);
  const me = userOf(ctx);
  const q = ctx.query;
  const action = q.get('action') ?? 'view';
  const text = (q.get('query') ?? '').toLowerCase();
  const keys = queryList(q, 'keys');
  const ids = queryList(q, 'id');
  const types = queryList(q, 'typeKey');
  let list = site.projects.filter((p) => allowed(p, me, action)
    && (text === '' || p.key.toLowerCase().includes(text) || p.name.toLowerCase().includes(text))
    && (keys.length === 0 || keys.includes(p.key))
    && (ids.length === 0 || ids.includes(p.id))
    && (types.length === 0 || types.includes(p.projectTypeKey)));
  const orderBy = q.get('orderBy') ?? 'key';
  const byName = orderBy.replace(/^[+-]/, '') === 'name';
  list = [...list].sort((a, b) => (byName ? a.name.localeCompare(b.name) : a.key.localeCompare(b.key)));
  if (orderBy.startsWith('-')) list.reverse();
  const maxResults = Math.min(Math.max(queryInt(q, 'maxResults', 50), 0), 100);
  const p = page(list, queryInt(q, 'startAt', 0), maxResults);
  const expand = new Set(queryList(q, 'expand'));
  const base = `${apiBase(site)}/project/search`;
  const body: Record<string, unknown> = {
    self: `${base}?startAt=${p.startAt}&maxResults=${p.maxResults}`,
    maxResults: p.maxResults,
    startAt: p.startAt,
    total: list.length,
    isLast: p.isLast,
    values: p.slice.map((project) => projectJson(site, ctx.state.users, project, expand)),
  };
  if (!p.isLast) body.nextPage = `${base}?startAt=${p.startAt + p.maxResults}&maxResults=${p.maxResults}`;
  return { status: 200, body };
}
