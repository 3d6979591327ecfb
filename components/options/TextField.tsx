interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'password' | 'url' | undefined;
  placeholder?: string | undefined;
  /** A standing explanation under the field. */
  hint?: string | undefined;
  /** The worker's message for this field, shown next to it. */
  error?: string | undefined;
  readOnly?: boolean;
  autoComplete?: string;
}

/** A labelled input whose hint and error are tied to it, so screen readers read them with it. */
export function TextField(props: Props) {
  const { id, label, value, onInput, type = 'text', placeholder, hint, error, readOnly, autoComplete } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        placeholder={placeholder}
        readOnly={readOnly}
        autoComplete={autoComplete ?? 'off'}
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
