import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';
import { initialValues, toPayload, type FormValues } from '../../lib/jira/fields/index.ts';
import type { Transition } from '../../lib/jira/transitions.ts';
import { TransitionField } from './TransitionField.tsx';
import { fieldErrorTexts } from '../fields/field-check-text.ts';
import type { TransitionPlan } from './transition-plan.ts';
import { t, uiLanguage } from '../../lib/i18n/page-text.ts';
import { refusalText } from '../../lib/i18n/error-text.ts';

interface Props {
  transition: Transition;
  planned: TransitionPlan;
  /** The page (https), for fields this form cannot fill. */
  url: string | undefined;
  onBack: () => void;
  /** Takes the transition; resolves with Jira's refusal, or null once it is done. */
  onSubmit: (fields: Record<string, unknown>) => Promise<CodedError | null>;
}

/** The required fields of one transition's screen, then the transition itself. */
export function TransitionForm({ transition, planned, url, onBack, onSubmit }: Props) {
  const { plan, blockers } = planned;
  const [values, setValues] = useState<FormValues>(() => initialValues(plan));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement & HTMLFormElement>(null);

  // The button that opened this form is gone: focus moves to the first thing to fill in.
  useLayoutEffect(() => {
    root.current?.querySelector<HTMLElement>('[data-autofocus], input, select, textarea')?.focus();
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const payload = toPayload(plan, values, { mode: 'create' });
    const local = fieldErrorTexts(payload.errors);
    setErrors(local);
    setProblem(null);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    const refusal = await onSubmit(payload.fields);
    if (!refusal) return;
    setBusy(false);
    const fieldErrors = refusal.details.fieldErrors ?? {};
    const shown = new Set(plan.fields.map((f) => f.fieldId));
    setErrors(Object.fromEntries(Object.entries(fieldErrors).filter(([id]) => shown.has(id))));
    const others = Object.entries(fieldErrors).filter(([id]) => !shown.has(id)).map(([, message]) => message);
    setProblem([t('issueNotMovedTo', transition.to.name, refusalText(refusal)), ...others]);
  };

  if (blockers.length > 0) {
    return (
      <div class="transition-form" ref={root}>
        <p>
          {t('issueStepNeeds', transition.name, new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(blockers.map((b) => b.name)))}
        </p>
        <div class="dialog-actions">
          <button type="button" onClick={onBack}>
            {t('issueBack')}
          </button>
          {url && (
            <a class="button-link" href={url} target="_blank" rel="noopener noreferrer" data-autofocus>
              {t('issueFinishInJira')}
            </a>
          )}
        </div>
      </div>
    );
  }

  return (
    <form class="transition-form" ref={root} onSubmit={(e) => void submit(e)} noValidate>
      {plan.fields.map((field) => (
        <TransitionField
          key={field.fieldId}
          field={field}
          value={values[field.fieldId]}
          error={errors[field.fieldId]}
          disabled={busy}
          onChange={(value) => setValues((v) => ({ ...v, [field.fieldId]: value }))}
        />
      ))}
      {problem && (
        <div class="notice notice-error" role="alert">
          {problem.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      {busy && <p role="status">{t('issueMoving', transition.to.name)}</p>}
      <div class="dialog-actions">
        <button type="button" onClick={onBack} disabled={busy}>
          {t('issueBack')}
        </button>
        <button type="submit" class="primary" disabled={busy}>
          {transition.name}
        </button>
      </div>
    </form>
  );
}
