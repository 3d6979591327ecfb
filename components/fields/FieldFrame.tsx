import type { ComponentChildren } from 'preact';
import { errorId, hintId } from './describedBy.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  id: string;
  name: string;
  required: boolean;
  error?: string | undefined;
  hint?: string | undefined;
  children: ComponentChildren;
}

/**
 * A field's visible label, its control, and the error and hint next to it. "required" is written
 * out (not shown by colour alone); it is hidden from screen readers because the control itself
 * says aria-required, which would otherwise be announced twice.
 */
export function FieldFrame({ id, name, required, error, hint, children }: Props) {
  return (
    <div class="issue-field">
      <label for={id} id={`${id}-label`}>
        {name}
        {required && (
          <span class="field-required" aria-hidden="true">
            {' '}
            {t('fieldRequired')}
          </span>
        )}
      </label>
      {children}
      <ErrorAndHint id={id} error={error} hint={hint} />
    </div>
  );
}

export function ErrorAndHint({ id, error, hint }: { id: string; error?: string | undefined; hint?: string | undefined }) {
  return (
    <>
      {error && (
        <p id={errorId(id)} class="field-error">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId(id)} class="hint">
          {hint}
        </p>
      )}
    </>
  );
}
