import { useState } from 'preact/hooks';
import type { FormField } from '../../lib/jira/fields/index.ts';
import { Combobox, type ComboOption } from './Combobox.tsx';
import { controlAria } from './describedBy.ts';
import { FieldFrame } from './FieldFrame.tsx';
import { useTypeAhead } from './useTypeAhead.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props<R> {
  id: string;
  field: FormField;
  /** The chosen value as text (a display name, `KEY summary`); '' when nothing is chosen. */
  chosenText: string;
  search: (query: string) => Promise<R[]>;
  toOption: (result: R) => ComboOption;
  /** The text a picked result leaves in the box; must equal the `chosenText` it leads to. */
  textOf: (result: R) => string;
  onPick: (result: R) => void;
  /** The box was emptied: the value becomes empty. */
  onUnpick: () => void;
  error?: string | undefined;
  /** What to type: "Type a name", "Type a key or words of the summary". */
  placeholder: string;
}

/** A type-ahead over a search in Jira (people, issues): the value is only ever a picked result. */
export function PickerInput<R>(props: Props<R>) {
  const { id, field, chosenText, search, toOption, textOf, onPick, onUnpick, error, placeholder } = props;
  const [text, setText] = useState(chosenText);
  const found = useTypeAhead(search);
  // Typed but not picked: say so, or the user would think the field is set. The value stays what it
  // was until a pick or an emptied box: a half-typed name must not unassign an issue on save.
  const unpicked = text.trim() !== '' && text !== chosenText;
  const hint = !unpicked
    ? undefined
    : chosenText !== ''
      ? t('fieldStillChosen', chosenText, field.name)
      : t('fieldChooseToSet', field.name);
  const status = found.busy
    ? t('fieldSearching')
    : (found.error ?? (found.answered && found.results.length === 0 ? t('fieldNoMatches') : undefined));
  return (
    <FieldFrame id={id} name={field.name} required={field.required} error={error} hint={hint}>
      <Combobox
        id={id}
        labelId={`${id}-label`}
        text={text}
        placeholder={placeholder}
        options={found.results.map(toOption)}
        status={status}
        aria={controlAria({ id, error, hint, required: field.required })}
        onText={(next) => {
          setText(next);
          if (next.trim() === '' && chosenText !== '') onUnpick();
          found.query(next);
        }}
        onPick={(option) => {
          const result = found.results.find((r) => toOption(r).id === option.id);
          if (result === undefined) return;
          onPick(result);
          setText(textOf(result));
          found.clear();
        }}
      />
    </FieldFrame>
  );
}
