// The one protocol between the extension's pages and its worker. Both directions are parsed with
// these schemas: a page never trusts a reply's shape, and the worker never trusts a request's.
import * as z from 'zod/mini';
import { ERROR_CODES } from '../errors.ts';
import { siteSchema } from '../jira/site.ts';
import {
  createMetaIssueTypeSchema,
  fieldMetaSchema,
  issueViewSchema,
  pickedIssueSchema,
  projectRefViewSchema,
  searchPageSchema,
  transitionSchema,
  userRefSchema,
} from './issue-views.ts';
import { authStateSchema, profileFormSchema, saveProfileResultSchema, sessionSchema } from './views.ts';

export const errorPayloadSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  retryAfterMs: z.optional(z.number()),
  fieldErrors: z.optional(z.record(z.string(), z.string())),
  status: z.optional(z.number()),
});

/** Request payload and reply value schemas, by message type. */
const id = z.string().check(z.minLength(1));
/** A Jira site's cloudId (accessible-resources `id`). */
const siteId = id;
/** An issue key (ABC-123) or id; pages parse what the user typed with lib/jira/issue-key.ts first. */
const issueKey = id;
/** Field id → value in the JSON shape Jira documents for the field (lib/jira/fields toPayload). */
const fieldValues = z.record(z.string(), z.unknown());
const done = z.object({});

export const protocol = {
  /** The Jira sites the signed-in user can reach (Atlassian accessible-resources). */
  'sites.list': { request: z.object({}), reply: z.array(siteSchema) },
  /** Profiles, which one is selected, and each one's connection state. */
  'auth.state': { request: z.object({}), reply: authStateSchema },
  /** Create (no id) or update a custom profile from the options form. */
  'profiles.save': { request: z.object({ form: profileFormSchema }), reply: saveProfileResultSchema },
  'profiles.delete': { request: z.object({ profileId: id }), reply: authStateSchema },
  'profiles.select': { request: z.object({ profileId: id }), reply: authStateSchema },
  /** Runs the Atlassian consent flow for a profile; ends connected with a session. */
  'auth.connect': { request: z.object({ profileId: id }), reply: sessionSchema },
  /** Forgets the profile's tokens; keeps its settings and every draft. */
  'auth.signOut': { request: z.object({ profileId: id }), reply: authStateSchema },
  /** The selected profile's site and user; not_connected / reconnect_needed when it cannot. */
  'session.get': { request: z.object({}), reply: sessionSchema },
  /** The last session shown, from memory and without a request, to paint before session.get. */
  'session.cached': { request: z.object({}), reply: z.nullable(sessionSchema) },
  /** Chooses the site for the selected profile (remembered per profile). */
  'sites.select': { request: z.object({ siteId: id }), reply: sessionSchema },

  // The issue actions. Every one names its site; the worker sends it as the selected profile.
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
  /** Sent once, never again by itself; a lost answer is checked for in Jira (create_unconfirmed). */
  'issue.create': {
    request: z.object({ siteId, projectKey: id, issueTypeId: id, fields: fieldValues }),
    reply: z.object({ id: z.string(), key: z.string(), url: z.string(), summary: z.string() }),
  },
  'issue.get': { request: z.object({ siteId, key: issueKey }), reply: z.object({ issue: issueViewSchema, url: z.string() }) },
  'issue.editMeta': { request: z.object({ siteId, key: issueKey }), reply: z.array(fieldMetaSchema) },
  /** Only the changed fields. */
  'issue.update': { request: z.object({ siteId, key: issueKey, fields: fieldValues }), reply: done },
  'issue.transitions': { request: z.object({ siteId, key: issueKey }), reply: z.array(transitionSchema) },
  'issue.transition': {
    request: z.object({ siteId, key: issueKey, transitionId: id, fields: z.optional(fieldValues) }),
    reply: done,
  },
  'issue.delete': { request: z.object({ siteId, key: issueKey, deleteSubtasks: z.boolean() }), reply: done },
  /** One page of results; pass the previous page's `nextPageToken` for the next. */
  'issues.search': {
    request: z.object({ siteId, jql: id, nextPageToken: z.optional(z.string()) }),
    reply: searchPageSchema,
  },
  /** The site's last searches, newest first. */
  'search.recent': { request: z.object({ siteId }), reply: z.object({ queries: z.array(z.string()) }) },
  /** People who may be assigned: in a project (create) or on an issue (edit); one of the two. */
  'users.assignable': {
    request: z.object({ siteId, projectKey: z.optional(z.string()), issueKey: z.optional(z.string()), query: z.string() }),
    reply: z.array(userRefSchema),
  },
  /** Issues whose key or summary matches what the user typed (parent field, open issue). */
  'issues.pick': { request: z.object({ siteId, query: z.string() }), reply: z.array(pickedIssueSchema) },
} as const;

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.infer<(typeof protocol)[T]['request']>;
export type ReplyOf<T extends MessageType> = z.infer<(typeof protocol)[T]['reply']>;

export const envelopeSchema = z.object({
  type: z.enum(Object.keys(protocol) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});

export const replyEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: errorPayloadSchema }),
]);

export type ReplyEnvelope = z.infer<typeof replyEnvelopeSchema>;
