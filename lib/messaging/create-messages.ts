// Creating issues: projects, types, fields, the create itself, and the lookups its form fields use
// (assignable people, issues to pick), which the edit form shares. The popup's first screen comes
// from its first frame (session-messages.ts `popup.start`), so these reply schemas load with the
// first of these messages (reply-schemas.ts, later-messages.ts). Every message
// names its site; the worker sends it as the selected profile. What became of a create whose answer
// was lost is in create-outcome-messages.ts.
import * as z from 'zod/mini';
import { createMetaIssueTypeSchema } from '../jira/views/create-meta.ts';
import { fieldMetaSchema } from '../jira/views/field-meta.ts';
import { pickedIssueSchema } from '../jira/views/picked-issue.ts';
import { projectRefViewSchema } from '../jira/views/project.ts';
import { userRefSchema } from '../jira/views/user.ts';

const id = z.string().check(z.minLength(1));
/** A Jira site's cloudId (accessible-resources `id`). */
const siteId = id;
/** Field id → value in the JSON shape Jira documents for the field (lib/jira/fields toPayload). */
const fieldValues = z.record(z.string(), z.unknown());
/** The created issue with its browse link (also create-outcome-messages.ts). */
export const createdIssueSchema = z.object({ id: z.string(), key: z.string(), url: z.string(), summary: z.string() });

export const createMessages = {
  /** Projects the user may create issues in, the last used first; `query` matches key or name. */
  'projects.list': {
    request: z.object({ siteId, query: z.optional(z.string()) }),
    reply: z.object({ projects: z.array(projectRefViewSchema) }),
  },
  /** The project and issue type of the last issue created on the site, to preselect them. */
  'create.lastUsed': {
    request: z.object({ siteId }),
    reply: z.object({ projectKey: z.optional(z.string()), issueTypeId: z.optional(z.string()) }),
  },
  'create.issueTypes': { request: z.object({ siteId, projectKey: id }), reply: z.array(createMetaIssueTypeSchema) },
  /** Every field of the create screen (all pages). */
  'create.fields': { request: z.object({ siteId, projectKey: id, issueTypeId: id }), reply: z.array(fieldMetaSchema) },
  /** Sent once, never again by itself; a lost answer is checked for in Jira (create_unconfirmed).
   *  `draftScope` names the form's draft, which the worker removes once Jira accepts the create,
   *  and under which it keeps the outcome for the next page (create.outcome). */
  'issue.create': {
    request: z.object({ siteId, projectKey: id, issueTypeId: id, fields: fieldValues, draftScope: z.optional(z.string()) }),
    reply: createdIssueSchema,
  },
  /** People who may be assigned: in a project (create) or on an issue (edit); one of the two. */
  'users.assignable': {
    request: z.object({ siteId, projectKey: z.optional(z.string()), issueKey: z.optional(z.string()), query: z.string() }),
    reply: z.array(userRefSchema),
  },
  /** Issues whose key or summary matches what the user typed (parent field, open issue). */
  'issues.pick': { request: z.object({ siteId, query: z.string() }), reply: z.array(pickedIssueSchema) },
} as const;
