// The issue actions: get, edit (metadata and update), workflow steps, delete, search, and the
// lookups the forms need (assignable people, issue picker). One Jira request each; edit
// metadata is cached for a few minutes and forgotten whenever the issue changes through us.
import * as z from 'zod/mini';
import { CodedError } from '../errors.ts';
import { assignableUsersRequest, processAssignableUsersResponse } from '../jira/assignable-users.ts';
import { deleteIssueRequest, processDeleteIssueResponse } from '../jira/delete-issue.ts';
import { editIssueRequest, processEditIssueResponse } from '../jira/edit-issue.ts';
import { editMetaRequest, processEditMetaResponse } from '../jira/edit-meta.ts';
import { getIssueRequest, processGetIssueResponse } from '../jira/get-issue.ts';
import { browseUrl } from '../jira/issue-key.ts';
import { issuePickerRequest, processIssuePickerResponse } from '../jira/issue-picker.ts';
import { processSearchResponse, searchRequest } from '../jira/search.ts';
import {
  doTransitionRequest,
  processDoTransitionResponse,
  processTransitionsResponse,
  transitionsRequest,
} from '../jira/transitions.ts';
import { fieldMetaSchema } from '../messaging/issue-views.ts';
import type { Handlers } from '../messaging/server.ts';
import { metaKeys } from '../storage/keys.ts';
import { EDIT_META_POLICY } from '../storage/meta-cache.ts';
import { readRecentQueries, rememberQuery } from '../storage/recent-queries.ts';
import { settleDraft } from '../storage/write-outcome.ts';
import { createCreateHandlers } from './create-handlers.ts';
import type { WorkerDeps } from './deps.ts';
import { createIssueContext, type IssueContext, type IssueHandlerOptions } from './jira-context.ts';

type IssueHandlers = Pick<
  Handlers,
  | 'projects.list'
  | 'create.lastUsed'
  | 'create.issueTypes'
  | 'create.fields'
  | 'issue.create'
  | 'create.outcome'
  | 'issue.get'
  | 'issue.editMeta'
  | 'issue.update'
  | 'issue.transitions'
  | 'issue.transition'
  | 'issue.delete'
  | 'issues.search'
  | 'search.recent'
  | 'users.assignable'
  | 'issues.pick'
>;

/** The issue view's fields: the ones it shows plus every navigable field, so the edit form finds
 *  the current value of any field it offers in `otherFields` without a second request. (Comments,
 *  the one big non-navigable field, stay out.) */
export const ISSUE_GET_FIELDS = ['*navigable'];

export function createIssueHandlers(deps: WorkerDeps, options: IssueHandlerOptions = {}): IssueHandlers {
  const ctx = createIssueContext(deps, options);
  return { ...createCreateHandlers(ctx), ...createIssueReadWriteHandlers(ctx) };
}

function createIssueReadWriteHandlers(ctx: IssueContext): Omit<IssueHandlers, keyof ReturnType<typeof createCreateHandlers>> {
  const { deps, cache } = ctx;
  /** The issue changed through us: its edit screen may have too (status, permissions). */
  const forgetEditMeta = (siteId: string, key: string) => cache.drop([metaKeys.editMeta(siteId, key)]);

  return {
    'issue.get': async ({ siteId, key }) => {
      const call = await ctx.jira();
      const issue = await processGetIssueResponse(
        await call.send(getIssueRequest(siteId, key, { fields: ISSUE_GET_FIELDS, expand: ['names'] })),
      );
      const siteUrl = await ctx.siteUrl(call, siteId);
      return { issue, url: siteUrl ? browseUrl(siteUrl, issue.key) : '' };
    },

    'issue.editMeta': async ({ siteId, key }) => {
      const call = await ctx.jira();
      return cache.get(metaKeys.editMeta(siteId, key), z.array(fieldMetaSchema), EDIT_META_POLICY, { siteId, issue: key }, async () =>
        Object.values((await processEditMetaResponse(await call.send(editMetaRequest(siteId, key)))).fields),
      );
    },

    'issue.update': async ({ siteId, key, fields, draftScope }) => {
      const call = await ctx.jira();
      const sentAt = deps.now();
      try {
        await processEditIssueResponse(await call.send(editIssueRequest(siteId, key, { fields })));
        // Jira has the edit: its draft must not be offered again, even if the page has closed.
        if (draftScope !== undefined) await settleDraft(deps.local, draftScope, sentAt);
      } finally {
        // Also after a refusal: a screen that changed under us is a common reason for one.
        await forgetEditMeta(siteId, key);
      }
      return {};
    },

    'issue.transitions': async ({ siteId, key }) => {
      const call = await ctx.jira();
      return processTransitionsResponse(await call.send(transitionsRequest(siteId, key)));
    },

    'issue.transition': async ({ siteId, key, transitionId, fields }) => {
      const call = await ctx.jira();
      try {
        await processDoTransitionResponse(await call.send(doTransitionRequest(siteId, key, transitionId, fields)));
      } finally {
        await forgetEditMeta(siteId, key);
      }
      return {};
    },

    'issue.delete': async ({ siteId, key, deleteSubtasks }) => {
      const call = await ctx.jira();
      try {
        await processDeleteIssueResponse(await call.send(deleteIssueRequest(siteId, key, { deleteSubtasks })));
      } finally {
        await forgetEditMeta(siteId, key);
      }
      return {};
    },

    'issues.search': async ({ siteId, jql, nextPageToken }) => {
      const call = await ctx.jira();
      const page = await processSearchResponse(
        await call.send(searchRequest(siteId, { jql, ...(nextPageToken ? { nextPageToken } : {}) })),
      );
      // Remembered once per search, on its first page, and only when Jira accepted the JQL.
      if (!nextPageToken) await rememberQuery(deps.local, siteId, jql).catch(() => {});
      return page;
    },

    'search.recent': async ({ siteId }) => ({ queries: await readRecentQueries(deps.local, siteId) }),

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
