import { describe, expect, it } from 'vitest';
import { markdownToAdfFor, needsMarkdown } from '../../../components/fields/markdown.ts';
import type { FormPlan } from '../../../lib/jira/fields/index.ts';

const plan = {
  fields: [
    { fieldId: 'summary', name: 'Summary', required: true, kind: { kind: 'text' }, hasDefaultValue: false },
    { fieldId: 'description', name: 'Description', required: false, kind: { kind: 'adf' }, hasDefaultValue: false },
  ],
  blockers: [],
  more: [],
} as unknown as FormPlan;

describe('the Markdown converter loads only when a form needs it', () => {
  it('is needed when a rich-text field holds typed text', () => {
    expect(needsMarkdown(plan, { summary: 'S', description: '**bold**' })).toBe(true);
  });

  it('is not needed for blank text, a document, or text in plain fields', () => {
    expect(needsMarkdown(plan, { summary: '**not rich**', description: '  ' })).toBe(false);
    expect(needsMarkdown(plan, { summary: 'S', description: { type: 'doc', version: 1, content: [] } })).toBe(false);
    expect(needsMarkdown(plan, { summary: 'S' })).toBe(false);
  });

  it('hands over the converter when needed, nothing otherwise', async () => {
    const convert = await markdownToAdfFor(plan, { description: '**bold**' });
    expect(convert?.('**bold**')).toEqual({
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'bold', marks: [{ type: 'strong' }] }] }],
    });
    expect(await markdownToAdfFor(plan, { description: '' })).toBeUndefined();
  });
});
