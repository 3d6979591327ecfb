// A capture template: what a new issue from a page selection starts with. Optionally tied to a
// project and issue type, which the capture window then preselects (it matches the type by id).
import * as z from 'zod/mini';
import { t } from '../i18n/page-text.ts';
import { unknownVariableMessage } from './template-variables.ts';

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

// The stored shape only; lengths and variables are checked by {@link templateProblems} when
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

/** What is wrong with a template, per field, in the order the editor shows the fields. */
export function templateProblems(
  template: Template,
  options: { variables: boolean } = { variables: true },
): Partial<Record<TemplateField, string>> {
  const problems: Partial<Record<TemplateField, string>> = {};
  const name = template.name.trim();
  if (name === '') problems.name = t('templateNameMissing');
  else if (name.length > TEMPLATE_LIMITS.name) problems.name = t('templateNameTooLong', TEMPLATE_LIMITS.name);
  if (template.projectKey !== undefined && !PROJECT_KEY.test(template.projectKey)) {
    problems.projectKey = t('templateProjectKeyInvalid');
  }
  if (template.issueTypeId !== undefined) {
    if (template.projectKey === undefined) problems.issueTypeId = t('templateTypeNeedsProject');
    else if (!/^\d{1,18}$/.test(template.issueTypeId)) problems.issueTypeId = t('templateTypeIdNumber');
  }
  const { summary: sum, description: desc } = template;
  const summaryTooLong = () => t('templateSummaryTooLong', TEMPLATE_LIMITS.summary, sum.length);
  const summary = textProblem(sum, TEMPLATE_LIMITS.summary, summaryTooLong, options);
  if (summary) problems.summary = summary;
  const descriptionTooLong = () => t('templateDescriptionTooLong', TEMPLATE_LIMITS.description, desc.length);
  const description = textProblem(desc, TEMPLATE_LIMITS.description, descriptionTooLong, options);
  if (description) problems.description = description;
  return problems;
}

function textProblem(text: string, limit: number, tooLong: () => string, options: { variables: boolean }): string | undefined {
  if (text.length > limit) return tooLong();
  return options.variables ? unknownVariableMessage(text) : undefined;
}

/** A fresh id for a new template; random so two devices adding at once do not collide in sync. */
export function newTemplateId(): string {
  return `t${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
}
