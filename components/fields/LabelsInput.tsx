import { useState } from 'preact/hooks';
import { controlAria } from './describedBy.ts';
import { FieldFrame } from './FieldFrame.tsx';
import type { FieldProps } from './types.ts';
import { t } from '../../lib/i18n/page-text.ts';

export function splitLabels(text: string): string[] {
  return text.split(/\s+/).filter((label) => label !== '');
}

/**
 * Labels typed as words. The text is kept as typed (with its trailing space) while the form gets
 * the list; the form remounts the input when it resets, so no syncing back is needed.
 */
export function LabelsInput({ id, field, value, onChange, error }: FieldProps<string[] | null | undefined>) {
  const [text, setText] = useState(() => (value ?? []).join(' '));
  const hint = t('fieldLabelsHint');
  return (
    <FieldFrame id={id} name={field.name} required={field.required} error={error} hint={hint}>
      <input
        id={id}
        type="text"
        value={text}
        autoComplete="off"
        spellcheck={false}
        {...controlAria({ id, error, hint, required: field.required })}
        onInput={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          onChange(splitLabels(next));
        }}
      />
      {(value ?? []).length > 0 && (
        <ul class="chips" aria-label={t('fieldLabelsToSet', field.name)}>
          {(value ?? []).map((label, i) => (
            <li key={`${i}:${label}`}>{label}</li>
          ))}
        </ul>
      )}
    </FieldFrame>
  );
}
