import { asCodedError } from '../../lib/errors.ts';
import { errorText } from '../../lib/i18n/error-text.ts';
import { useContext, useRef, useState } from 'preact/hooks';
import type { FormPlan, FormValues } from '../../lib/jira/fields/index.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import { markdownToAdfFor } from '../fields/markdown.ts';
import { toPayloadModule } from '../fields/to-payload.lazy.ts';
import { DraftStorage } from '../ui/draft-storage.ts';
import type { FormAlert } from '../form/FormAlertNotice.tsx';
import { sendCreateModule } from './send-create.lazy.ts';

export interface Created {
  id: string;
  key: string;
  url: string;
  summary: string;
}

export interface CreateTarget {
  siteId: string;
  projectKey: string;
  issueTypeId: string;
  /** The form's draft: the worker removes it once Jira accepts the create, and keeps the outcome
   *  under it for a page that did not hear the answer (lib/worker/create-outcome.ts). */
  draftScope?: string;
}

/**
 * Checks the form, sends the create, and turns a refusal into messages next to fields. The form's
 * values are never touched here: whatever goes wrong, the user's text stays for another try.
 */
export function useCreateSubmit(
  request: MessageClient,
  target: CreateTarget,
  plan: FormPlan,
  /** Writes what the draft saver still holds: the sent text must be stored before the worker may
   *  remove it, or a late write would bring it back as a draft. */
  flushDraft: () => Promise<void> = async () => {},
) {
  const area = useContext(DraftStorage);
  const [sending, setSending] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<FormAlert | null>(null);
  /** Bumped when the first invalid field should take focus. */
  const [focusInvalid, setFocusInvalid] = useState(0);
  // A second Enter while the first create is on its way must not make a second issue.
  const busy = useRef(false);

  const showFieldErrors = (messages: Record<string, string>) => {
    setErrors(messages);
    if (Object.keys(messages).length > 0) setFocusInvalid((n) => n + 1);
  };

  const submit = async (values: FormValues): Promise<Created | null> => {
    if (busy.current) return null;
    // Taken before the sending code may have to load, so a second Enter meanwhile does nothing.
    busy.current = true;
    setAlert(null);
    try {
      const { sendCreate } = await sendCreateModule.load();
      return await sendCreate(
        {
          request,
          target,
          plan,
          encode: async (values) => {
            const [{ toPayload }, markdownToAdf] = await Promise.all([toPayloadModule.load(), markdownToAdfFor(plan, values)]);
            return toPayload(plan, values, { mode: 'create', markdownToAdf });
          },
          flushDraft,
          recover: async (lost) => (await import('./outcome-check.ts')).recoverLostCreate(lost, request, area, target.draftScope),
          split: async (error) => (await import('../form/rejected.ts')).splitRejection(error, plan),
          showFieldErrors,
          setAlert,
          setSending,
        },
        values,
      );
    } catch (raw) {
      // Only loading the sending code can fail here: sendCreate turns every other failure into an alert.
      setAlert({ kind: 'error', lines: [errorText(asCodedError(raw))] });
      return null;
    } finally {
      busy.current = false;
      setSending(false);
    }
  };

  /** The user changed the field: its old message no longer describes it. */
  const clearError = (fieldId: string) =>
    setErrors((current) => {
      if (!(fieldId in current)) return current;
      const { [fieldId]: _gone, ...rest } = current;
      return rest;
    });

  return { sending, errors, alert, focusInvalid, submit, clearError };
}
