import { useContext, useEffect, useState } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import { outcomeKey } from '../../lib/storage/form-keys.ts';
import { DraftStorage } from '../ui/draft-storage.ts';
import type { Created } from './useCreateSubmit.ts';

export type OutcomeNotice = { kind: 'checking' } | { kind: 'unconfirmed'; error: CodedError };

/**
 * The outcome the worker kept for this form's last create (lib/worker/create-outcome.ts), read
 * once as the form opens: a create Jira accepted while no page was open to hear it is shown as
 * created (`show`), never offered again as a draft; one still being decided is asked about.
 * Opening a form with no record costs one storage read and no code.
 */
export function useCreateOutcome(scope: string, request: MessageClient, show: (created: Created) => void) {
  const area = useContext(DraftStorage);
  const [notice, setNotice] = useState<OutcomeNotice | null>(null);
  useEffect(() => {
    let live = true;
    const key = outcomeKey(scope);
    void area
      .get(key)
      .then(async (found) => {
        if (found[key] === undefined) return;
        if (live) setNotice({ kind: 'checking' });
        const { pageOutcome } = await import('./outcome-check.ts');
        const view = await pageOutcome(request, area, scope, Date.now());
        if (!live) return;
        setNotice(view?.kind === 'unconfirmed' ? view : null);
        if (view?.kind === 'created') show(view.issue);
      })
      .catch(() => live && setNotice(null));
    return () => {
      live = false;
    };
  }, [area, scope]);
  return { notice, dismiss: () => setNotice(null) };
}
