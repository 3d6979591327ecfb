import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { initialValues, type FormPlan, type FormValue, type FormValues } from '../../lib/jira/fields/index.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import { toPayloadModule } from '../fields/to-payload.lazy.ts';
import type { FieldLookups } from '../fields/types.ts';
import { startingValues, withPrefill } from '../form/carry-values.ts';
import { prefetch } from '../ui/lazy.ts';
import { whenIdle } from '../ui/when-idle.ts';
import { createdPanelModule } from './CreatedPanel.lazy.ts';
import { sendCreateModule } from './send-create.lazy.ts';
import { FormAlertNotice } from '../form/FormAlertNotice.tsx';
import { moreFieldsSlot } from './more-fields-slot.ts';
import { PlanFields } from './PlanFields.tsx';
import { useCreateSubmit, type Created, type CreateTarget } from './useCreateSubmit.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { markReady } from '../ui/ready-mark.ts';
import { sendKeys } from '../form/send-keys.ts';

export interface Draft {
  plan: FormPlan;
  values: FormValues;
}

interface Props {
  request: MessageClient;
  target: CreateTarget;
  plan: FormPlan;
  /** The form the user filled before switching project or type: its typed text carries over. */
  carry: Draft | null;
  /** Values to start from instead (a restored draft's); `carry` is then not used. */
  initial?: FormValues | undefined;
  onDraft: (draft: Draft) => void;
  onCreated: (created: Created) => void;
  lookups: FieldLookups;
  /** Put focus in the first field on mount ("Create another"). */
  focusFirst: boolean;
  /** Text for the summary and description, used when nothing carries over. */
  prefill?: { summary?: string; description?: string } | undefined;
  /** Writes the draft now, before the create is sent (useCreateSubmit). */
  flushDraft?: (() => Promise<void>) | undefined;
}

/** The fields of the chosen issue type, checked and sent as one create. Ctrl/Cmd+Enter sends too. */
export function CreateForm({ request, target, plan, carry, initial, onDraft, onCreated, lookups, focusFirst, prefill, flushDraft }: Props) {
  // A restored draft first, then what carries over from the type before, then the prefill.
  const [typed, setValues] = useState<FormValues>(
    () => initial ?? (carry ? startingValues(plan, carry) : withPrefill(plan, startingValues(plan, null), prefill)),
  );
  // The screen may be corrected while the form is open (the worker's confirmation of the popup's
  // first frame): its new fields start at their defaults, and what the user typed stays in place.
  const firstPlan = useRef(plan);
  const values = useMemo(() => (plan === firstPlan.current ? typed : { ...initialValues(plan), ...typed }), [plan, typed]);
  const { sending, errors, alert, focusInvalid, submit, clearError } = useCreateSubmit(request, target, plan, flushDraft);
  const form = useRef<HTMLFormElement>(null);

  // In the same task as the keystroke: a popup closed right after typing still has it in its draft.
  useLayoutEffect(() => onDraft({ plan, values }), [plan, values]);
  // The popup and the capture window are of use from here: a standard User Timing mark, made once
  // this frame's DOM is complete (just before it is painted), shown by DevTools and read after the
  // fact by `npm run bench` (README, "Performance"), so the page measured runs no script of the
  // bench's. A form shown again (another project or type) marks again; the first mark is the page's.
  // "Create another" puts focus in the first field in the same step, so it is painted there.
  // https://w3c.github.io/user-timing/#dom-performance-mark
  useLayoutEffect(() => {
    markReady();
    if (focusFirst) form.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);
  useEffect(() => {
    if (focusInvalid > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);

  // Someone filling the form will send it: the encoders and the created panel load once the page is
  // idle (a prefilled capture or a restored draft may be sent without a keystroke), or at the first
  // change if that comes sooner.
  const sendingCode = () => {
    prefetch(toPayloadModule);
    prefetch(sendCreateModule);
    prefetch(createdPanelModule);
  };
  useEffect(() => whenIdle(sendingCode), []);
  const change = (fieldId: string) => (value: FormValue) => {
    sendingCode();
    setValues((current) => ({ ...current, [fieldId]: value }));
    clearError(fieldId);
  };
  const send = async () => {
    const created = await submit(values);
    if (created) onCreated(created);
  };

  return (
    <form
      ref={form}
      class="create-form"
      noValidate
      aria-label={t('createFormName')}
      {...sendKeys(() => void send())}
    >
      <PlanFields
        fields={plan.fields}
        values={values}
        errors={errors}
        onChange={change}
        lookups={lookups}
        slot={moreFieldsSlot(target.siteId, target.projectKey, target.issueTypeId)}
      />
      {alert && <FormAlertNotice alert={alert} />}
      <div class="create-actions action-bar">
        <button
          type="submit"
          class="primary"
          aria-disabled={sending ? 'true' : undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          {sending ? t('createSending') : t('createSubmit')}
        </button>
        <span class="hint">{t('formSendShortcut')}</span>
      </div>
    </form>
  );
}
