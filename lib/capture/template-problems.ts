// What is wrong with a template, in the browser's language: shown next to the editor's fields and
// carried by a refused save (lib/storage/templates.ts). Kept apart from template.ts, which every
// page's message schemas import, so these words load only where templates are edited or saved.
import { t, uiLanguage } from '../i18n/page-text.ts';
import { PROJECT_KEY, TEMPLATE_LIMITS, type Template, type TemplateField } from './template.ts';
import { TEMPLATE_VARIABLES, unknownVariables } from './template-variables.ts';

/** "{{selection}}, {{url}}, {{title}}, {{date}}, or {{site}}", joined the browser's language's way. */
const variableList = (): string =>
  new Intl.ListFormat(uiLanguage(), { type: 'disjunction' }).format(TEMPLATE_VARIABLES.map((name) => `{{${name}}}`));

/** The message for the first unknown variable, or undefined when there is none. */
export function unknownVariableMessage(text: string): string | undefined {
  const [first] = unknownVariables(text);
  if (first === undefined) return undefined;
  return t('templateUnknownVariable', `{{${first}}}`, variableList());
}

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
