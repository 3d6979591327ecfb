import { useEffect, useRef } from 'preact/hooks';
import type { Template } from '../../lib/capture/template.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  templates: Template[];
  value: string;
  onChange: (id: string) => void;
  /** A template the user chose while the form holds their own text: replace it or not. */
  pending: Template | null;
  onReplace: () => void;
  onKeep: () => void;
}

/** The template select, and the question asked before a new template replaces typed text. */
export function TemplatePicker({ templates, value, onChange, pending, onReplace, onKeep }: Props) {
  const replace = useRef<HTMLButtonElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const asked = pending !== null;
  // The question takes focus while it is asked, and gives it back to the select after.
  const wasAsked = useRef(false);
  useEffect(() => {
    if (asked) replace.current?.focus();
    else if (wasAsked.current) select.current?.focus();
    wasAsked.current = asked;
  }, [asked]);
  return (
    <div class="template-picker">
      <label for="capture-template">{t('captureTemplate')}</label>
      <select ref={select} id="capture-template" value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      {pending && (
        <div
          class="template-confirm"
          role="group"
          aria-labelledby="template-confirm-text"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              onKeep();
            }
          }}
        >
          <p id="template-confirm-text">
            {t('captureReplaceQuestion', pending.name)}
          </p>
          <div class="button-row">
            <button ref={replace} type="button" onClick={onReplace}>
              {t('captureReplace')}
            </button>
            <button type="button" onClick={onKeep}>
              {t('captureKeepText')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
