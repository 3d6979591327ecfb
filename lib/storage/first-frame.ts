// The popup's first frame: what it shows before the worker has said a word. The worker writes it
// whenever what it holds changes (lib/worker/first-frame.ts): the session (profile, sites, site,
// user), the projects one may create in (last used first), the last used project and type, that
// project's issue types and that type's create fields. The popup reads it in its first statement,
// with the form's draft, and paints the header and the Create form in its first render; the worker
// confirms it right after. Apart from keys.ts because the popup loads it up front (README
// "Performance").
//
// Where, and why there: storage.session, memory only and gone with the browser, like the access
// token and the session view beside it. Chrome exposes storage.session to the extension's own
// pages and worker ("trusted contexts") and not to content scripts unless setAccessLevel says so,
// which this extension never calls; Firefox does the same
// (https://developer.chrome.com/docs/extensions/reference/api/storage#property-session,
// https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/storage/StorageArea/setAccessLevel).
// So the area stays closed to web pages, and no token moves: the popup reads this one key by its
// name, and the snapshot holds no token, no secret, nothing the popup is not shown anyway.
//
// It belongs to one profile and one site (`session.profileId`, `create.siteId`): the worker
// removes it on sign-out, reconnect, a profile switched, saved or deleted, and a site switched,
// so a first frame never shows another account's data. The key carries its shape's version: a
// release that changes the shape reads a new key and ignores the old one (never migrated, as
// nothing in storage.session is).
import * as z from 'zod/mini';
import { createMetaIssueTypeSchema } from '../jira/views/create-meta.ts';
import { fieldMetaSchema } from '../jira/views/field-meta.ts';
import { projectRefViewSchema } from '../jira/views/project.ts';
import { sessionSchema } from '../messaging/views.ts';

export { FIRST_FRAME_KEY } from './form-keys.ts';

const key = z.string();

/** The Create section's first frame on the session's site. */
export const frameCreateSchema = z.object({
  siteId: key,
  /** As projects.list answers: the last used first. */
  projects: z.array(projectRefViewSchema),
  lastUsed: z.nullable(z.object({ projectKey: key, issueTypeId: key })),
  /** The last used project's issue types. */
  issueTypes: z.nullable(z.object({ projectKey: key, types: z.array(createMetaIssueTypeSchema) })),
  /** The last used type's create screen. */
  fields: z.nullable(z.object({ projectKey: key, issueTypeId: key, fields: z.array(fieldMetaSchema) })),
});
export type FrameCreate = z.infer<typeof frameCreateSchema>;

export const firstFrameSchema = z.object({
  session: sessionSchema,
  /** Null without a site, or when the site's lists could not be had. */
  create: z.nullable(frameCreateSchema),
});
export type FirstFrame = z.infer<typeof firstFrameSchema>;

/** The stored first frame, if it reads. Its Create part is used only on the site it names
 *  (components/create/CreateIssue.tsx). */
export const parseFirstFrame = (raw: unknown): FirstFrame | undefined => firstFrameSchema.safeParse(raw).data;
