// A capture template: what a new issue from a page selection starts with. Optionally tied to a
// project and issue type, which the capture window then preselects (it matches the type by id).
import * as z from 'zod/mini';

/** Limits that keep one template within one storage.sync item (8 KB) and the list within the
 *  area's 100 KB: https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync */
export const TEMPLATE_LIMITS = {
  name: 60,
  // Jira's own limit for a summary, before the variables are filled in.
  summary: 255,
  description: 4000,
  count: 20,
} as const;

/** Ids become part of a storage key (`template.<id>`), so they are kept short and plain. */
export const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Jira's project key rule as sites can configure it: a letter, then letters, digits or "_". */
export const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,254}$/;

// The stored shape only; lengths and variables are checked by templateProblems (template-problems.ts) when
// saving, so a template written by a newer release with other limits is still readable.
export const templateSchema = z.object({
  id: z.string().check(z.regex(TEMPLATE_ID)),
  name: z.string(),
  projectKey: z.optional(z.string()),
  issueTypeId: z.optional(z.string()),
  summary: z.string(),
  description: z.string(),
});
export type Template = z.infer<typeof templateSchema>;

export const DEFAULT_TEMPLATE: Template = {
  id: 'default',
  name: 'Quote the selection',
  summary: '{{selection}}',
  description: '> {{selection}}\n\nSource: [{{title}}]({{url}})',
};

export type TemplateField = 'name' | 'projectKey' | 'issueTypeId' | 'summary' | 'description';

/** A fresh id for a new template; random so two devices adding at once do not collide in sync. */
export function newTemplateId(): string {
  return `t${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
}
