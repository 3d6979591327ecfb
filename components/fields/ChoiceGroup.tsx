import type { Choice } from '../../lib/jira/fields/index.ts';
import { describedBy } from './describedBy.ts';
import { ErrorAndHint } from './FieldFrame.tsx';
import type { FieldProps } from './types.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props extends FieldProps<string[] | null | undefined> {
  choices: Choice[];
}

/**
 * Several values from a fixed list (multi-select, checkboxes, components, versions): native
 * checkboxes, so Tab and Space work as everywhere else. The legend names the group; "required"
 * stays readable here because a group carries no aria-required.
 */
export function ChoiceGroup({ id, field, value, onChange, error, choices }: Props) {
  const chosen = new Set(value ?? []);
  const toggle = (choiceId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(choiceId);
    else next.delete(choiceId);
    // Keep Jira's order, not the order of clicks.
    onChange(choices.map((c) => c.id).filter((c) => next.has(c)));
  };
  return (
    <fieldset class="issue-field" id={id} aria-describedby={describedBy({ id, error })}>
      <legend>
        {field.name}
        {field.required && <span class="field-required"> {t('fieldRequired')}</span>}
      </legend>
      {choices.length === 0 ? (
        <p class="hint">{t('fieldNoChoices')}</p>
      ) : (
        <div class={error ? 'choice-group choice-group-invalid' : 'choice-group'}>
          {choices.map((choice) => (
            <label key={choice.id}>
              <input
                type="checkbox"
                checked={chosen.has(choice.id)}
                aria-invalid={error ? 'true' : undefined}
                onChange={(event) => toggle(choice.id, event.currentTarget.checked)}
              />
              {choice.label}
            </label>
          ))}
        </div>
      )}
      <ErrorAndHint id={id} error={error} />
    </fieldset>
  );
}
