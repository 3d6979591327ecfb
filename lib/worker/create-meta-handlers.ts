// What the create form loads (create-messages.ts): the projects one may create in, their issue
// types and create screens, all cached per site so a warm create is one request; and the lookups
// its fields use, which the edit form shares (assignable people, issues to pick).
import * as z from 'zod/mini';
import { CodedError } from '../errors.ts';
import { assignableUsersRequest, processAssignableUsersResponse } from '../jira/assignable-users.ts';
import { createMetaIssueTypeSchema } from '../jira/views/create-meta.ts';
import { fieldMetaSchema } from '../jira/views/field-meta.ts';
import type { ProjectRef } from '../jira/issue-parts.ts';
import { issuePickerRequest, processIssuePickerResponse } from '../jira/issue-picker.ts';
import { processProjectsResponse, projectsRequest } from '../jira/projects.ts';
import type { Handlers } from '../messaging/server.ts';
import { readLastUsed } from '../storage/last-used.ts';
import { metaKeys } from '../storage/keys.ts';
import { CREATE_META_POLICY } from '../storage/meta-cache.ts';
import { loadFields, loadIssueTypes, loadProjects, projectListSchema } from './create-meta-load.ts';
import type { IssueContext } from './jira-context.ts';

type CreateMetaHandlers = Pick<
  Handlers,
  'projects.list' | 'create.lastUsed' | 'create.issueTypes' | 'create.fields' | 'users.assignable' | 'issues.pick'
>;

/** Jira's `query` for projects: key or name containing the text, ignoring case. */
function matches(project: ProjectRef, query: string): boolean {
  const q = query.toLowerCase();
  return project.key.toLowerCase().includes(q) || project.name.toLowerCase().includes(q);
}

export function lastUsedFirst(projects: ProjectRef[], key: string | undefined): ProjectRef[] {
  const index = key === undefined ? -1 : projects.findIndex((p) => p.key === key);
  if (index <= 0) return projects;
  return [projects[index] as ProjectRef, ...projects.slice(0, index), ...projects.slice(index + 1)];
}

export function createCreateMetaHandlers(ctx: IssueContext): CreateMetaHandlers {
  const { deps, cache } = ctx;

  return {
    'projects.list': async ({ siteId, query }) => {
      const call = await ctx.jira();
      const [list, last] = await Promise.all([
        cache.get(metaKeys.projects(siteId), projectListSchema, CREATE_META_POLICY, { siteId }, () => loadProjects(call.send, siteId)),
        readLastUsed(deps.local, siteId),
      ]);
      const text = query?.trim() ?? '';
      let projects = list.projects;
      if (text !== '' && list.complete) projects = list.projects.filter((p) => matches(p, text));
      else if (text !== '') projects = (await processProjectsResponse(await call.send(projectsRequest(siteId, { query: text })))).projects;
      return { projects: lastUsedFirst(projects, last?.projectKey) };
    },

    'create.lastUsed': async ({ siteId }) => {
      const last = await readLastUsed(deps.local, siteId);
      return last ? { projectKey: last.projectKey, issueTypeId: last.issueTypeId } : {};
    },

    'create.issueTypes': async ({ siteId, projectKey }) => {
      const call = await ctx.jira();
      return cache.get(
        metaKeys.issueTypes(siteId, projectKey),
        z.array(createMetaIssueTypeSchema),
        CREATE_META_POLICY,
        { siteId, project: projectKey },
        () => loadIssueTypes(call.send, siteId, projectKey),
      );
    },

    'create.fields': async ({ siteId, projectKey, issueTypeId }) => {
      const call = await ctx.jira();
      return cache.get(
        metaKeys.fields(siteId, projectKey, issueTypeId),
        z.array(fieldMetaSchema),
        CREATE_META_POLICY,
        { siteId, project: projectKey },
        () => loadFields(call.send, siteId, projectKey, issueTypeId),
      );
    },

    'users.assignable': async ({ siteId, projectKey, issueKey, query }) => {
      const scope = issueKey ? { issueKey } : projectKey ? { project: projectKey } : undefined;
      if (!scope) throw new CodedError('bad_message', 'Name a project or an issue to list the people who can be assigned.');
      const call = await ctx.jira();
      return processAssignableUsersResponse(await call.send(assignableUsersRequest(siteId, scope, query)));
    },

    'issues.pick': async ({ siteId, query }) => {
      const call = await ctx.jira();
      return processIssuePickerResponse(await call.send(issuePickerRequest(siteId, { query })));
    },
  };
}
