import { asCodedError } from '../../lib/errors.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FieldMeta } from '../../lib/jira/field-meta.ts';
import { planForm, type FormPlan } from '../../lib/jira/fields/index.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { FrameCreate } from '../../lib/storage/first-frame.ts';
import type { Load } from '../form/load-state.ts';

type FrameFields = FrameCreate['fields'];
const holds = (frame: FrameFields | undefined, projectKey: string | undefined, issueTypeId: string | undefined): frame is NonNullable<FrameFields> =>
  !!frame && frame.projectKey === projectKey && frame.issueTypeId === issueTypeId;

/** The create screen of a project and issue type, as the fields this form shows and the ones it cannot fill.
 *  `frame`: the popup's first frame's screen, used (and not asked for) when it is of that project and type. */
export function useFieldPlan(
  request: MessageClient,
  siteId: string,
  projectKey: string | undefined,
  issueTypeId: string | undefined,
  frame?: FrameFields,
) {
  const [metas, setMetas] = useState<Load<FieldMeta[]>>(() =>
    holds(frame, projectKey, issueTypeId) ? { state: 'ready', value: frame.fields } : { state: 'idle' },
  );
  const ticket = useRef(0);
  /** The first frame's screen is the first load's answer: that load is not sent. */
  const fromFrame = useRef(metas.state === 'ready');

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

  useEffect(() => {
    if (fromFrame.current) fromFrame.current = false;
    else load();
  }, [load]);
  /** The worker's later word on the screen (the first frame corrected): shown if it is of this form. */
  const refresh = (fresh: FrameFields) => {
    if (holds(fresh, projectKey, issueTypeId)) setMetas({ state: 'ready', value: fresh.fields });
  };

  const plan = useMemo<FormPlan | null>(
    () => (metas.state === 'ready' ? planForm(metas.value, { mode: 'create' }) : null),
    [metas],
  );
  return { metas, plan, reload: load, refresh };
}
