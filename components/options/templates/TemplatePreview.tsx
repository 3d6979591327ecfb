import { renderTemplate } from '../../../lib/capture/render-template.ts';
import { formatTemplateDate, type TemplateValues } from '../../../lib/capture/template-variables.ts';
import { t } from '../../../lib/i18n/page-text.ts';

/** Made-up values that show what each variable becomes, including a two-line selection. */
export function sampleValues(today: Date = new Date()): TemplateValues {
  return {
    selection: t('templateSampleSelection'),
    url: 'https://example.com/article',
    title: t('templateSampleTitle'),
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
      <h3 id="template-preview-title">{t('templatePreview')}</h3>
      <p class="hint">{t('templatePreviewHint')}</p>
      <h4>{t('templateSummary')}</h4>
      <p class="template-preview-summary">{renderTemplate(summary, values, { markdown: false })}</p>
      <h4>{t('templateDescription')}</h4>
      <pre class="template-preview-description">{renderTemplate(description, values, { markdown: true })}</pre>
    </section>
  );
}
