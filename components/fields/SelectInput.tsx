import type { Choice } from '../../lib/jira/fields/index.ts';
import { controlAria } from './describedBy.ts';
import { FieldFrame } from './FieldFrame.tsx';
import type { FieldProps } from './types.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { inSentence } from './in-sentence.ts';

interface Props extends FieldProps<string | null | undefined> {
  choices: Choice[];
}

/**
 * One value from a fixed list (select, radio buttons, priority, resolution). There is always an
 * empty first option, so an unset field never looks set: "None" when it may stay empty, a prompt
 * when it must be chosen.
 */
export function SelectInput({ id, field, value, onChange, error, choices }: Props) {
  const current = value ?? '';
  // A default Jira named that is not among the choices still shows, rather than silently "None".
  const missing = current !== '' && !choices.some((c) => c.id === current);
  return (
    <FieldFrame id={id} name={field.name} required={field.required} error={error}>
      <select
        id={id}
        value={current}
        {...controlAria({ id, error, required: field.required })}
        onChange={(event) => {
          const next = event.currentTarget.value;
          onChange(next === '' ? null : next);
        }}
      >
        <option value="">{field.required ? t('fieldChoose', inSentence(field.name)) : t('fieldNone')}</option>
        {missing && <option value={current}>{current}</option>}
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
