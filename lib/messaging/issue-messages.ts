// An opened issue: reading it, editing it, its workflow steps, deleting it. Every message names its
// site; the worker sends it as the selected profile. Pages load the reply schemas with the Open
// section (later-messages.ts).
import * as z from 'zod/mini';
import { fieldMetaSchema } from '../jira/views/field-meta.ts';
import { issueViewSchema } from '../jira/views/issue.ts';
import { transitionSchema } from '../jira/views/transition.ts';

const id = z.string().check(z.minLength(1));
/** A Jira site's cloudId (accessible-resources `id`). */
const siteId = id;
/** An issue key (ABC-123) or id; pages parse what the user typed with lib/jira/issue-key.ts first. */
const issueKey = id;
/** Field id → value in the JSON shape Jira documents for the field (lib/jira/fields toPayload). */
const fieldValues = z.record(z.string(), z.unknown());
const done = z.object({});

export const issueMessages = {
  'issue.get': { request: z.object({ siteId, key: issueKey }), reply: z.object({ issue: issueViewSchema, url: z.string() }) },
  'issue.editMeta': { request: z.object({ siteId, key: issueKey }), reply: z.array(fieldMetaSchema) },
  /** Only the changed fields. `draftScope` names the edit form's draft, which the worker removes
   *  once Jira accepts the edit, whether or not the page is still open to hear of it. */
  'issue.update': {
    request: z.object({ siteId, key: issueKey, fields: fieldValues, draftScope: z.optional(z.string()) }),
    reply: done,
  },
  'issue.transitions': { request: z.object({ siteId, key: issueKey }), reply: z.array(transitionSchema) },
  'issue.transition': {
    request: z.object({ siteId, key: issueKey, transitionId: id, fields: z.optional(fieldValues) }),
    reply: done,
  },
  'issue.delete': { request: z.object({ siteId, key: issueKey, deleteSubtasks: z.boolean() }), reply: done },
} as const;
