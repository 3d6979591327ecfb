import { adfToMarkdown } from '../../lib/adf/adf-to-markdown.ts';
import type { AdfDoc as RichDoc } from '../../lib/adf/schema.ts';
import type { AdfDoc } from '../../lib/jira/fields/index.ts';
import { controlAria } from './describedBy.ts';
import { FieldFrame } from './FieldFrame.tsx';
import type { FieldProps } from './types.ts';

const HINT = 'Markdown supported: **bold**, _italic_, lists, [links](https://…), `code`.';

/** The text a rich-text value shows as: Markdown the user edits; a default document is converted once. */
function markdownOf(value: AdfDoc | string | null | undefined): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return adfToMarkdown(value as unknown as RichDoc).markdown;
}

/** Rich text (description, environment, multi-line custom fields): Markdown, turned into ADF on submit. */
export function AdfInput({ id, field, value, onChange, error }: FieldProps<AdfDoc | string | null | undefined>) {
  return (
    <FieldFrame id={id} name={field.name} required={field.required} error={error} hint={HINT}>
      <textarea
        id={id}
        rows={4}
        value={markdownOf(value)}
        {...controlAria({ id, error, hint: HINT, required: field.required })}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </FieldFrame>
  );
}
