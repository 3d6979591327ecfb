import { useRef, useState } from 'preact/hooks';
import type { TemplateVariable } from '../../../lib/capture/template-variables.ts';
import { insertVariable, openPlaceholder, variablesFor, type OpenPlaceholder } from './variable-suggest.ts';
import { t } from '../../../lib/i18n/page-text.ts';
import { variableHelp } from './variable-help.ts';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  multiline?: boolean;
  hint?: string;
  error?: string | undefined;
}

type Suggest = { open: OpenPlaceholder; options: TemplateVariable[]; active: number };

/**
 * A template text field that offers the variables when `{{` is typed: an ARIA 1.2 combobox whose
 * focus stays in the field; arrows move the active variable, Enter or Tab inserts it at the
 * caret, Escape closes the list (and only the list). With the list closed, Enter and Tab do
 * what they always do (a new line, the next field).
 */
export function VariableField({ id, label, value, onInput, multiline = false, hint, error }: Props) {
  const [suggest, setSuggest] = useState<Suggest | null>(null);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const listId = `${id}-variables`;
  const optionId = (i: number) => `${id}-variable-${i}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ');

  const update = (text: string, caret: number) => {
    const open = openPlaceholder(text, caret);
    const options = open ? variablesFor(open.partial) : [];
    setSuggest(open && options.length > 0 ? { open, options, active: 0 } : null);
  };

  const insert = (name: TemplateVariable) => {
    const element = field.current;
    if (!element || !suggest) return;
    const next = insertVariable(element.value, element.selectionStart ?? element.value.length, suggest.open, name);
    // Set on the element first so the caret lands after the insertion; the re-render then
    // finds the same value and leaves the caret alone.
    element.value = next.text;
    element.setSelectionRange(next.caret, next.caret);
    setSuggest(null);
    onInput(next.text);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!suggest) return;
    const count = suggest.options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setSuggest({ ...suggest, active: (suggest.active + step + count) % count });
    } else if ((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey) {
      event.preventDefault();
      const name = suggest.options[suggest.active];
      if (name) insert(name);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setSuggest(null);
    }
  };

  const common = {
    id,
    name: id,
    role: 'combobox' as const,
    value,
    spellcheck: false,
    autoComplete: 'off',
    'aria-autocomplete': 'list' as const,
    'aria-expanded': suggest ? ('true' as const) : ('false' as const),
    'aria-controls': listId,
    'aria-activedescendant': suggest ? optionId(suggest.active) : undefined,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
    onInput: (event: Event) => {
      const element = event.currentTarget as HTMLInputElement | HTMLTextAreaElement;
      update(element.value, element.selectionStart ?? element.value.length);
      onInput(element.value);
    },
    onKeyDown,
    onClick: () => setSuggest(null),
    onBlur: () => setSuggest(null),
  };

  return (
    <div class={error ? 'field field-invalid template-field' : 'field template-field'}>
      <label for={id}>{label}</label>
      <div class="combo">
        {multiline ? <textarea ref={field} rows={6} aria-multiline="true" {...common} /> : <input ref={field} type="text" {...common} />}
        <ul id={listId} role="listbox" aria-label={t('templateVariablesFor', label)} class="combo-list" hidden={!suggest}>
          {suggest?.options.map((name, i) => (
            <li
              key={name}
              id={optionId(i)}
              role="option"
              class="combo-option"
              aria-selected={i === suggest.active ? 'true' : 'false'}
              // Keeps focus (and the caret) in the field while the option is clicked.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => insert(name)}
            >
              {`{{${name}}}`}
              <span class="combo-detail"> {variableHelp(name)}</span>
            </li>
          ))}
        </ul>
      </div>
      <p id={errorId} class="field-error" aria-live="polite" hidden={!error}>
        {error ?? ''}
      </p>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
