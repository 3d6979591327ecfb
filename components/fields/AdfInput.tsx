import { useEffect, useState } from 'preact/hooks';
import type { AdfDoc as RichDoc } from '../../lib/adf/schema.ts';
import type { AdfDoc } from '../../lib/jira/fields/index.ts';
import { prefetch } from '../ui/lazy.ts';
import { controlAria } from './describedBy.ts';
import { FieldFrame } from './FieldFrame.tsx';
import { adfToMarkdownModule } from './adf-to-markdown.lazy.ts';
import { markdownToAdfModule } from './markdown-to-adf.lazy.ts';
import type { FieldProps } from './types.ts';
import { t } from '../../lib/i18n/page-text.ts';

/**
 * The text a rich-text value shows as: Markdown the user edits; a default document is converted
 * once. Null while the converter loads (adf-to-markdown.lazy.ts); a failed load shows the field empty, and the
 * document itself is still what gets sent until the user types.
 */
function useMarkdownOf(value: AdfDoc | string | null | undefined): string | null {
  const doc = typeof value === 'object' && value !== null ? value : null;
  const [, setLoaded] = useState(false);
  const [failed, setFailed] = useState(false);
  const converter = adfToMarkdownModule.loaded();
  useEffect(() => {
    if (doc === null || converter) return;
    let live = true;
    adfToMarkdownModule.load().then(
      () => live && setLoaded(true),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [doc, converter]);
  if (typeof value === 'string') return value;
  if (doc === null || failed) return '';
  return converter ? converter.adfToMarkdown(doc as unknown as RichDoc).markdown : null;
}

/** Rich text (description, environment, multi-line custom fields): Markdown, turned into ADF on submit. */
export function AdfInput({ id, field, value, onChange, error }: FieldProps<AdfDoc | string | null | undefined>) {
  const markdown = useMarkdownOf(value);
  const hint = t('fieldMarkdownHint');
  return (
    <FieldFrame id={id} name={field.name} required={field.required} error={error} hint={hint}>
      <textarea
        id={id}
        rows={4}
        value={markdown ?? ''}
        readOnly={markdown === null}
        aria-busy={markdown === null ? 'true' : undefined}
        {...controlAria({ id, error, hint, required: field.required })}
        onInput={(event) => {
          // Whatever is typed here is converted when the form is sent: have the converter ready.
          prefetch(markdownToAdfModule);
          onChange(event.currentTarget.value);
        }}
      />
    </FieldFrame>
  );
}
