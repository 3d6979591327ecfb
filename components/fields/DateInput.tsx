import { controlAria } from './describedBy.ts';
import { FieldFrame } from './FieldFrame.tsx';
import type { FieldProps } from './types.ts';
import { t } from '../../lib/i18n/page-text.ts';

const LOCAL_MINUTES = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * What a datetime-local input can show of Jira's `2026-11-20T10:15:00.000+0100`: the wall-clock
 * part. Only for display; the value stays Jira's until the user changes it.
 */
function localPart(value: string): string {
  const m = LOCAL_MINUTES.exec(value);
  return m ? m[0] : value;
}

/** A date (`yyyy-MM-dd`) or a date and time, with the browser's own picker. */
export function DateInput({ id, field, value, onChange, error }: FieldProps<string | null | undefined>) {
  const withTime = field.kind.kind === 'datetime';
  const text = value ?? '';
  const hint = withTime ? t('fieldTimeZone') : undefined;
  return (
    <FieldFrame id={id} name={field.name} required={field.required} error={error} hint={hint}>
      <input
        id={id}
        type={withTime ? 'datetime-local' : 'date'}
        value={withTime ? localPart(text) : text}
        {...controlAria({ id, error, hint, required: field.required })}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </FieldFrame>
  );
}
