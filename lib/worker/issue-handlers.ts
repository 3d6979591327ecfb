// An opened issue (issue-messages.ts): get, edit (metadata and update), workflow steps, delete.
// One Jira request each; edit metadata is cached for a few minutes and forgotten whenever the issue
// changes through us.
import * as z from 'zod/mini';
import { deleteIssueRequest, processDeleteIssueResponse } from '../jira/delete-issue.ts';
import { editIssueRequest, processEditIssueResponse } from '../jira/edit-issue.ts';
import { editMetaRequest, processEditMetaResponse } from '../jira/edit-meta.ts';
import { fieldMetaSchema } from '../jira/views/field-meta.ts';
import { getIssueRequest, processGetIssueResponse } from '../jira/get-issue.ts';
import { browseUrl } from '../jira/issue-key.ts';
import {
  doTransitionRequest,
  processDoTransitionResponse,
  processTransitionsResponse,
  transitionsRequest,
} from '../jira/transitions.ts';
import type { Handlers } from '../messaging/server.ts';
import { metaKeys } from '../storage/keys.ts';
import { EDIT_META_POLICY } from '../storage/meta-cache.ts';
import { settleDraft } from '../storage/write-outcome.ts';
import type { IssueContext } from './jira-context.ts';

type IssueHandlers = Pick<
  Handlers,
  'issue.get' | 'issue.editMeta' | 'issue.update' | 'issue.transitions' | 'issue.transition' | 'issue.delete'
>;

/** The issue view's fields: the ones it shows plus every navigable field, so the edit form finds
 *  the current value of any field it offers in `otherFields` without a second request. (Comments,
 *  the one big non-navigable field, stay out.) */
export const ISSUE_GET_FIELDS = ['*navigable'];

export function createIssueHandlers(ctx: IssueContext): IssueHandlers {
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
  };
}
