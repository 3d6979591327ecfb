// Sending a create: the form's values checked and encoded, the draft written first, the create
// sent, and Jira's refusal or a lost answer turned into what the form shows. Needed only once the
// user sends, so it loads when the form is first edited (prefetch) or sent, not with the popup.
// What it works with comes in `SendCreate` rather than by import, so that loading it later brings
// no second copy of code the popup already has (useCreateSubmit.ts keeps the form's state).
import { asCodedError } from '../../lib/errors.ts';
import type { FormPlan, FormValues, Payload } from '../../lib/jira/fields/index.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { FormAlert } from '../form/FormAlertNotice.tsx';
import type { Created, CreateTarget } from './useCreateSubmit.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { errorText } from '../../lib/i18n/error-text.ts';
import { fieldErrorTexts } from '../fields/field-check-text.ts';

export interface SendCreate {
  request: MessageClient;
  target: CreateTarget;
  plan: FormPlan;
  /** The form values as Jira's JSON, with each invalid field's message (to-payload.ts). */
  encode(values: FormValues): Promise<Payload>;
  /** Writes what the draft saver still holds: the sent text must be stored before the worker may
   *  remove it, or a late write would bring it back as a draft. */
  flushDraft(): Promise<void>;
  /** The worker stopped before it answered: what became of the create (outcome-check.ts). */
  recover(lost: unknown): Promise<Created>;
  /** Jira's refusal as messages next to fields and lines above the button (rejected.ts). */
  split(error: ReturnType<typeof asCodedError>): Promise<{ fields: Record<string, string>; alert: string[] }>;
  showFieldErrors(messages: Record<string, string>): void;
  setAlert(alert: FormAlert): void;
  setSending(sending: boolean): void;
}


/** The created issue, or null when the form or Jira said no (the form's values stay as they are). */
export async function sendCreate(ctx: SendCreate, values: FormValues): Promise<Created | null> {
  try {
    const payload = await ctx.encode(values);
    const invalid = fieldErrorTexts(payload.errors);
    ctx.showFieldErrors(invalid);
    if (Object.keys(invalid).length > 0) return null;
    ctx.setSending(true);
    await ctx.flushDraft();
    try {
      return await ctx.request('issue.create', { ...ctx.target, fields: payload.fields });
    } catch (lost) {
      return await ctx.recover(lost);
    }
  } catch (raw) {
    const error = asCodedError(raw);
    if (error.code === 'jira_rejected') {
      const { fields, alert: lines } = await ctx.split(error);
      ctx.showFieldErrors(fields);
      ctx.setAlert({ kind: 'error', lines: Object.keys(fields).length > 0 ? [t('createFixFields'), ...lines] : lines });
    } else {
      // rate_limited says how long to wait; create_unconfirmed says to check before retrying.
      ctx.setAlert({ kind: error.code === 'create_unconfirmed' ? 'unconfirmed' : 'error', lines: [errorText(error)] });
    }
    return null;
  }
}
