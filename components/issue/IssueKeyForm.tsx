import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  value: string;
  onInput: (value: string) => void;
  onSubmit: () => void;
  /** Why the key cannot be opened, shown under the field. */
  message: string;
  inputRef: Ref<HTMLInputElement>;
}

/** "Issue key or link" and Open; Enter opens too. */
export function IssueKeyForm({ value, onInput, onSubmit, message, inputRef }: Props) {
  const inputId = useId();
  const errorId = `${inputId}-error`;
  return (
    <form
      class="open-issue-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label for={inputId}>{t('issueKeyLabel')}</label>
      <div class="row">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          value={value}
          placeholder="ABC-123"
          autoComplete="off"
          spellcheck={false}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        <button type="submit" class="primary">
          {t('issueOpen')}
        </button>
      </div>
      {message && (
        <p id={errorId} class="field-error" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
