// Rich-text fields are written in Markdown; the converter loads on demand
// (markdown-to-adf.lazy.ts), only when the values being sent hold Markdown.
import type { FormPlan, FormValues } from '../../lib/jira/fields/index.ts';
import { markdownToAdfModule } from './markdown-to-adf.lazy.ts';

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
