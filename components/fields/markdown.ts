// Rich-text fields are written in Markdown. The two converters (Markdown → ADF with `marked` and
// `marklassian`, ADF → Markdown with its round-trip check) are most of the popup's code by size
// and are needed only once someone types in such a field or a field starts from a document, so
// they load on demand rather than with the popup.
import type { FormPlan, FormValues } from '../../lib/jira/fields/index.ts';
import { lazy } from '../ui/lazy.ts';

export const markdownToAdfModule = lazy(() => import('../../lib/adf/markdown-to-adf.ts'));
export const adfToMarkdownModule = lazy(() => import('../../lib/adf/adf-to-markdown.ts'));

/** Whether sending these values means converting Markdown: a rich-text field holds typed text. */
export function needsMarkdown(plan: FormPlan, values: FormValues): boolean {
  return plan.fields.some((field) => {
    const value = values[field.fieldId];
    return field.kind.kind === 'adf' && typeof value === 'string' && value.trim() !== '';
  });
}

/** The Markdown → ADF converter when the values need it (loaded on first use), else undefined. */
export async function markdownToAdfFor(plan: FormPlan, values: FormValues) {
  return needsMarkdown(plan, values) ? (await markdownToAdfModule.load()).markdownToAdf : undefined;
}
