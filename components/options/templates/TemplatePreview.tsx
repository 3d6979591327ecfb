import { renderTemplate } from '../../../lib/capture/render-template.ts';
import { formatTemplateDate, type TemplateValues } from '../../../lib/capture/template-variables.ts';

/** Made-up values that show what each variable becomes, including a two-line selection. */
export function sampleValues(today: Date = new Date()): TemplateValues {
  return {
    selection: 'Clicking “Pay” twice charges the card twice.\nSeen on the checkout page.',
    url: 'https://example.com/article',
    title: 'Example article',
    date: formatTemplateDate(today),
    site: 'https://your-team.atlassian.net',
  };
}

interface Props {
  summary: string;
  description: string;
}

/** What a capture from the sample page would start with. The description is shown as the
 *  Markdown text it becomes (as plain text, never parsed as HTML). */
export function TemplatePreview({ summary, description }: Props) {
  const values = sampleValues();
  return (
    <section class="template-preview" aria-labelledby="template-preview-title">
      <h3 id="template-preview-title">Preview</h3>
      <p class="hint">With a sample page and selection.</p>
      <h4>Summary</h4>
      <p class="template-preview-summary">{renderTemplate(summary, values, { markdown: false })}</p>
      <h4>Description (Markdown)</h4>
      <pre class="template-preview-description">{renderTemplate(description, values, { markdown: true })}</pre>
    </section>
  );
}
