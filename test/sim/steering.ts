// Changes made in Jira by someone other than the signed-in user, for tests of what the extension
// notices: `sim.asUser(accountId).createIssue / updateIssue / transitionIssue / addComment` run the
// very route handlers the REST API runs (so `updated`, the changelog and comment authors come out
// as Jira writes them), and `sim.createProject` / `sim.renameProject` change a site's projects as a
// Jira administrator would.
import { TYPE_TASK } from './seed/jira-catalog.ts';
import { buildProject } from './seed/jira-projects.ts';
import { jiraRoutes } from './jira/routes.ts';
import { createRouter } from './router.ts';
import type { Grant, Reply, SimState, SiteState } from './types.ts';

const router = createRouter(jiraRoutes);

export interface ActingUser {
  /** Creates an issue (`fields` beside project and issue type, Task by default); its key. */
  createIssue(site: string, projectKey: string, fields: Record<string, unknown>, issueTypeId?: string): Promise<string>;
  /** Edits fields as PUT /issue/{key} does. */
  updateIssue(site: string, key: string, fields: Record<string, unknown>): Promise<void>;
  /** Comments as POST /issue/{key}/comment does; the text becomes one ADF paragraph. */
  addComment(site: string, key: string, text: string): Promise<void>;
}

/** A site by its name (`Acme`, `Globex`) or cloudId. */
export function siteByName(state: SimState, nameOrId: string): SiteState {
  const site = state.sites.find((s) => s.site.name === nameOrId || s.site.id === nameOrId);
  if (!site) throw new Error(`the simulator has no site "${nameOrId}"`);
  return site;
}

async function run(state: SimState, accountId: string, site: SiteState, method: 'POST' | 'PUT', path: string, body: unknown): Promise<Reply> {
  const user = state.users.find((u) => u.accountId === accountId);
  if (!user) throw new Error(`the simulator has no user ${accountId}`);
  const fullPath = `/ex/jira/${site.site.id}/rest/api/3/${path}`;
  const match = router.match('api.atlassian.com', method, fullPath);
  if (match.kind !== 'found') throw new Error(`no route for ${method} ${path}`);
  const grant: Grant = { id: 'steering', clientId: 'steering', accountId, scopes: [], siteIds: [site.site.id], revoked: false };
  const reply = await match.route.handler({
    state, method, host: 'api.atlassian.com', path: fullPath, params: match.params, query: new URLSearchParams(),
    headers: {}, body: JSON.parse(JSON.stringify(body)) as unknown, auth: { grant, user }, site,
  });
  if (reply.status >= 300) throw new Error(`${method} ${path} as ${user.displayName}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply;
}

const paragraph = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

export function asUser(state: SimState, accountId: string): ActingUser {
  return {
    async createIssue(site, projectKey, fields, issueTypeId = TYPE_TASK) {
      const reply = await run(state, accountId, siteByName(state, site), 'POST', 'issue', {
        fields: { project: { key: projectKey }, issuetype: { id: issueTypeId }, ...fields },
      });
      return (reply.body as { key: string }).key;
    },
    async updateIssue(site, key, fields) {
      await run(state, accountId, siteByName(state, site), 'PUT', `issue/${key}`, { fields });
    },
    async addComment(site, key, text) {
      await run(state, accountId, siteByName(state, site), 'POST', `issue/${key}/comment`, { body: paragraph(text) });
    },
  };
}

/** Adds a project to the site (Task and Sub-task, every member may create); returns its id. */
export function createProject(state: SimState, site: string, key: string, name: string): string {
  const target = siteByName(state, site);
  let last = 0;
  for (const p of target.projects) {
    for (const id of [p.id, ...p.components.map((c) => c.id), ...p.versions.map((v) => v.id)]) last = Math.max(last, Number(id) || 0);
  }
  const members = state.users.filter((u) => target.memberAccountIds.includes(u.accountId));
  const project = buildProject(
    { key, name, projectTypeKey: 'software', issueTypeIds: [TYPE_TASK], severityRequired: false, components: [], versions: [], lead: 0, deleters: [0], issueCount: 0 },
    members,
    () => String(++last),
  );
  target.projects.push(project);
  target.nextIssueNumber[key] = 1;
  return project.id;
}

/** Renames a project, as its administrator would in the project's settings. */
export function renameProject(state: SimState, site: string, key: string, name: string): void {
  const project = siteByName(state, site).projects.find((p) => p.key === key);
  if (!project) throw new Error(`no project ${key} on ${site}`);
  project.name = name;
}
