import { asCodedError } from '../../lib/errors.ts';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { FieldMeta } from '../../lib/jira/field-meta.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { Load } from '../form/load-state.ts';

/** The issue's edit screen (editmeta), unless `skip` (a re-opened form already has its plan). */
export function useEditMeta(request: MessageClient, siteId: string, issueKey: string, skip: boolean) {
  const [metas, setMetas] = useState<Load<FieldMeta[]>>(skip ? { state: 'idle' } : { state: 'loading' });
  const ticket = useRef(0);

  const load = useCallback(() => {
    const mine = ++ticket.current;
    if (skip) return;
    setMetas({ state: 'loading' });
    request('issue.editMeta', { siteId, key: issueKey }).then(
      (fields) => mine === ticket.current && setMetas({ state: 'ready', value: fields }),
      (error: unknown) => mine === ticket.current && setMetas({ state: 'failed', error: asCodedError(error) }),
    );
  }, [request, siteId, issueKey, skip]);

  useEffect(() => {
    load();
    // An answer that comes after the form closed is dropped.
    return () => {
      ticket.current += 1;
    };
  }, [load]);

  return { metas, reload: load };
}
