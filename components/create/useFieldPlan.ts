import { asCodedError } from '../../lib/errors.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FieldMeta } from '../../lib/jira/field-meta.ts';
import { planForm, type FormPlan } from '../../lib/jira/fields/index.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { Load } from '../form/load-state.ts';

/** The create screen of a project and issue type, as the fields this form shows and the ones it cannot fill. */
export function useFieldPlan(request: MessageClient, siteId: string, projectKey: string | undefined, issueTypeId: string | undefined) {
  const [metas, setMetas] = useState<Load<FieldMeta[]>>({ state: 'idle' });
  const ticket = useRef(0);

  const load = useCallback(() => {
    const mine = ++ticket.current;
    if (projectKey === undefined || issueTypeId === undefined) {
      setMetas({ state: 'idle' });
      return;
    }
    setMetas({ state: 'loading' });
    request('create.fields', { siteId, projectKey, issueTypeId }).then(
      (fields) => mine === ticket.current && setMetas({ state: 'ready', value: fields }),
      (error: unknown) => mine === ticket.current && setMetas({ state: 'failed', error: asCodedError(error) }),
    );
  }, [request, siteId, projectKey, issueTypeId]);

  useEffect(load, [load]);

  const plan = useMemo<FormPlan | null>(
    () => (metas.state === 'ready' ? planForm(metas.value, { mode: 'create' }) : null),
    [metas],
  );
  return { metas, plan, reload: load };
}
