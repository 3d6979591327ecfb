import { useId } from 'preact/hooks';
import type { FormField, FormValue } from '../../lib/jira/fields/index.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  field: FormField;
  value: FormValue | undefined;
  error?: string | undefined;
  disabled: boolean;
  onChange: (value: string) => void;
}

const asText = (value: FormValue | undefined): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** One field of a transition screen: a select for fixed values, a text control for the rest. */
export function TransitionField({ field, value, error, disabled, onChange }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const common = {
    id,
    disabled,
    required: field.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  };
  const onInput = (event: Event) => onChange((event.currentTarget as HTMLInputElement).value);
  const kind = field.kind;
  let control;
  switch (kind.kind) {
    case 'select':
    case 'priority':
      control = (
        <select {...common} value={asText(value)} onChange={onInput}>
          <option value="">{t('issueChoose')}</option>
          {kind.choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      );
      break;
    case 'adf':
      control = <textarea {...common} rows={3} value={typeof value === 'string' ? value : ''} onInput={onInput} />;
      break;
    case 'number':
      control = <input {...common} type="text" inputMode="decimal" value={asText(value)} onInput={onInput} />;
      break;
    case 'date':
      control = <input {...common} type="date" value={asText(value)} onInput={onInput} />;
      break;
    case 'datetime':
      control = <input {...common} type="datetime-local" value={asText(value)} onInput={onInput} />;
      break;
    default:
      control = <input {...common} type="text" value={asText(value)} onInput={onInput} />;
  }
  return (
    <div class="field">
      <label for={id}>
        {field.name}
        {field.required && (
          <span class="required-mark" aria-hidden="true">
            {' '}*
          </span>
        )}
      </label>
      {control}
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
