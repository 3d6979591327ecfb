import type { RefObject } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';
import type { StatusView } from '../../lib/jira/issue-parts.ts';
import type { Transition } from '../../lib/jira/transitions.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Dialog } from './Dialog.tsx';
import { TransitionForm } from './TransitionForm.tsx';
import { planTransition, transitionLabel, type TransitionPlan } from './transition-plan.ts';
import { asCodedError } from '../../lib/errors.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { around, SLOT } from '../../lib/i18n/around.ts';

interface Props {
  request: MessageClient;
  siteId: string;
  issueKey: string;
  status: StatusView;
  url: string | undefined;
  onClose: () => void;
  /** The button that opened the dialog, to focus again when it closes. */
  returnFocus?: RefObject<HTMLElement>;
  /** A transition without fields to fill: the view takes it (optimistically) and this dialog closes. */
  onQuick: (transition: Transition) => void;
  /** A transition with fields: resolves with Jira's refusal, or null once it is done. */
  onTake: (transition: Transition, fields: Record<string, unknown>) => Promise<CodedError | null>;
}

type Steps = { kind: 'loading' } | { kind: 'failed'; error: CodedError } | { kind: 'ready'; transitions: Transition[] };

/** Lists the workflow steps open to the user from the current status, then takes one. */
export function ChangeStatusDialog({ request, siteId, issueKey, status, url, onClose, returnFocus, onQuick, onTake }: Props) {
  const [steps, setSteps] = useState<Steps>({ kind: 'loading' });
  const [chosen, setChosen] = useState<{ transition: Transition; planned: TransitionPlan } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    let live = true;
    setSteps({ kind: 'loading' });
    request('issue.transitions', { siteId, key: issueKey }).then(
      (transitions) => live && setSteps({ kind: 'ready', transitions }),
      (error: unknown) => live && setSteps({ kind: 'failed', error: asCodedError(error) }),
    );
    return () => {
      live = false;
    };
  }, [request, siteId, issueKey]);
  useEffect(load, [load]);

  const choose = (transition: Transition) => {
    const planned = planTransition(transition);
    if (planned.plan.fields.length === 0 && planned.blockers.length === 0) onQuick(transition);
    else setChosen({ transition, planned });
  };

  const submit = async (fields: Record<string, unknown>) => {
    if (!chosen) return null;
    setBusy(true);
    const refusal = await onTake(chosen.transition, fields);
    setBusy(false);
    return refusal;
  };

  return (
    <Dialog returnFocus={returnFocus} title={t('issueChangeStatusTitle', issueKey)} onClose={onClose} busy={busy}>
      {chosen ? (
        <TransitionForm transition={chosen.transition} planned={chosen.planned} url={url} onBack={() => setChosen(null)} onSubmit={submit} />
      ) : (
        <>
          <p class="dialog-text">
            {around(t('issueStatusNow', SLOT[0]), <span class="status-name">{status.name}</span>)}
          </p>
          {steps.kind === 'loading' && <p role="status">{t('issueLoadingSteps')}</p>}
          {steps.kind === 'failed' && <ErrorNotice error={steps.error} onRetry={load} retryWhenOnline />}
          {steps.kind === 'ready' && steps.transitions.length === 0 && <p>{t('issueNoSteps', status.name)}</p>}
          {steps.kind === 'ready' && steps.transitions.length > 0 && (
            <ul class="transition-list" aria-label={t('issueSteps')}>
              {steps.transitions.map((t) => (
                <li key={t.id}>
                  <button type="button" onClick={() => choose(t)}>
                    {transitionLabel(t)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div class="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('issueCancel')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
