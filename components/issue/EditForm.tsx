import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { markdownToAdf } from '../../lib/adf/markdown-to-adf.ts';
import { toPayload, type FormValue } from '../../lib/jira/fields/index.ts';
import { FormAlertNotice } from '../form/FormAlertNotice.tsx';
import { FieldInput } from '../fields/FieldInput.tsx';
import { fieldErrorTexts } from '../fields/field-check-text.ts';
import type { FieldLookups } from '../fields/types.ts';
import { consent, type EditDraft } from './edit-draft.ts';
import { LossyTextField } from './LossyTextField.tsx';
import { t } from '../../lib/i18n/page-text.ts';
import { sendKeys } from '../form/send-keys.ts';

interface Props {
  issueKey: string;
  /** The values to start from: fresh from the issue, or what was typed before Jira refused it. */
  draft: EditDraft;
  lookups: FieldLookups;
  onCancel: () => void;
  /** Only the changed fields, in Jira's JSON, and the draft they came from (to re-open it). */
  onSave: (fields: Record<string, unknown>, draft: EditDraft) => void;
  /** Told every change of what the form holds (to keep it as a draft). */
  onChange?: ((draft: EditDraft) => void) | undefined;
}

const fieldDomId = (fieldId: string) => `edit-${fieldId}`;
const FIRST = 'input, select, textarea, button';

/** The issue's editable fields; saves only what changed. Ctrl/Cmd+Enter saves, Esc cancels. */
export function EditForm({ issueKey, draft: start, lookups, onCancel, onSave, onChange }: Props) {
  const [draft, setDraft] = useState(start);
  const [nothing, setNothing] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  /** What takes focus after the next render: a field by DOM id, or the first invalid one. */
  const focusNext = useRef<string | null>(Object.keys(start.errors).length > 0 ? 'invalid' : 'first');

  // In the same task as the keystroke: a popup closed right after typing still has it in its draft.
  useLayoutEffect(() => onChange?.(draft), [draft]);

  useLayoutEffect(() => {
    const target = focusNext.current;
    if (!target || !form.current) return;
    focusNext.current = null;
    const el =
      target === 'first'
        ? form.current.querySelector<HTMLElement>(FIRST)
        : target === 'invalid'
          ? (form.current.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current.querySelector<HTMLElement>(FIRST))
          : document.getElementById(target);
    el?.focus();
  });

  const change = (fieldId: string) => (value: FormValue) => {
    setNothing(false);
    setDraft((d) => {
      const { [fieldId]: _fixed, ...errors } = d.errors;
      return { ...d, values: { ...d.values, [fieldId]: value }, errors };
    });
  };

  const save = () => {
    const payload = toPayload(draft.plan, draft.values, { mode: 'edit', original: draft.original, markdownToAdf });
    const errors = fieldErrorTexts(payload.errors);
    if (Object.keys(errors).length > 0) {
      focusNext.current = 'invalid';
      setNothing(false);
      setDraft({ ...draft, errors, alert: null });
      return;
    }
    if (Object.keys(payload.fields).length === 0) {
      setNothing(true);
      return;
    }
    onSave(payload.fields, { ...draft, errors: {}, alert: null });
  };

  return (
    <form
      ref={form}
      class="edit-form"
      noValidate
      aria-label={t('issueEditTitle', issueKey)}
      {...sendKeys(() => save())}
    >
      {draft.plan.fields.map((field) => {
        const id = fieldDomId(field.fieldId);
        const lossy = draft.lossy[field.fieldId];
        if (lossy) {
          const open = () => {
            focusNext.current = id;
            setDraft((d) => consent(d, field.fieldId));
          };
          return <LossyTextField key={field.fieldId} id={id} field={field} lossy={lossy} onConsent={open} />;
        }
        return (
          <FieldInput
            key={field.fieldId}
            id={id}
            field={field}
            value={draft.values[field.fieldId]}
            onChange={change(field.fieldId)}
            error={draft.errors[field.fieldId]}
            lookups={lookups}
          />
        );
      })}
      {draft.alert && <FormAlertNotice alert={{ kind: 'error', lines: draft.alert }} />}
      <p class="hint edit-nothing" role="status">
        {nothing ? t('issueNothingToSave') : ''}
      </p>
      <div class="edit-actions action-bar">
        <button type="submit" class="primary" aria-keyshortcuts="Control+Enter Meta+Enter">
          {t('issueSaveChanges')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('issueCancel')}
        </button>
        <span class="hint">{t('formSendShortcut')}</span>
      </div>
    </form>
  );
}
