// Between the editor's typed fields (a draft) and a stored template.
import { DEFAULT_TEMPLATE, type Template, type TemplateField } from '../../../lib/capture/template.ts';
import { templateProblems } from '../../../lib/capture/template-problems.ts';
import type { TemplateDraft } from '../../../lib/storage/template-draft.ts';

export const FIELD_IDS: Record<TemplateField, string> = {
  name: 'template-name',
  projectKey: 'template-project',
  issueTypeId: 'template-type',
  summary: 'template-summary',
  description: 'template-description',
};
/** The order the fields appear in, so focus goes to the first problem on the page. */
export const FIELD_ORDER: readonly TemplateField[] = ['name', 'projectKey', 'issueTypeId', 'summary', 'description'];

/** A new template starts from the default's texts, which show how the variables are used. */
export const blankDraft = (): TemplateDraft => ({
  editingId: null,
  name: '',
  projectKey: '',
  issueTypeId: '',
  summary: DEFAULT_TEMPLATE.summary,
  description: DEFAULT_TEMPLATE.description,
});

export const draftOf = (template: Template): TemplateDraft => ({
  editingId: template.id,
  name: template.name,
  projectKey: template.projectKey ?? '',
  issueTypeId: template.issueTypeId ?? '',
  summary: template.summary,
  description: template.description,
});

/** The template a draft describes. An issue type only counts with a project (the capture
 *  window looks the type up in that project), so it is dropped when the project is cleared. */
export function templateOf(draft: TemplateDraft, id: string): Template {
  const projectKey = draft.projectKey.trim().toUpperCase();
  const issueTypeId = draft.issueTypeId.trim();
  return {
    id,
    name: draft.name.trim(),
    ...(projectKey ? { projectKey } : {}),
    ...(projectKey && issueTypeId ? { issueTypeId } : {}),
    summary: draft.summary,
    description: draft.description,
  };
}

export const problemsOf = (draft: TemplateDraft) => templateProblems(templateOf(draft, draft.editingId ?? 'new'));
