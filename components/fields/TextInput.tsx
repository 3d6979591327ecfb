import { controlAria } from './describedBy.ts';
import { FieldFrame } from './FieldFrame.tsx';
import type { FieldProps } from './types.ts';

interface Props extends FieldProps<string> {
  /** `decimal` for numbers: a text box, so what was typed stays visible and is checked on submit. */
  inputMode?: 'text' | 'decimal';
  hint?: string;
}

/**
 * Single-line text (summary, text fields, URLs) and numbers. No maxlength: a long paste would be
 * cut silently; the limit is checked on submit, with Jira's own message.
 */
export function TextInput({ id, field, value, onChange, error, inputMode, hint }: Props) {
  return (
    <FieldFrame id={id} name={field.name} required={field.required} error={error} hint={hint}>
      <input
        id={id}
        type="text"
        value={value}
        inputMode={inputMode}
        autoComplete="off"
        {...controlAria({ id, error, hint, required: field.required })}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </FieldFrame>
  );
}
