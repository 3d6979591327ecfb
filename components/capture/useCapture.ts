import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CaptureRecord } from '../../lib/capture/capture-record.ts';
import type { Template } from '../../lib/capture/template.ts';
import { asCodedError, type CodedError } from '../../lib/errors.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';

export type CaptureLoad =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; error: CodedError }
  | { state: 'ready'; capture: CaptureRecord; templates: Template[] };

/** The window's capture and the templates, from the worker; `missing` for an unknown, used or
 *  expired id (or an address without one). */
export function useCapture(request: MessageClient, id: string | null) {
  const [load, setLoad] = useState<CaptureLoad>(id === null ? { state: 'missing' } : { state: 'loading' });
  const fetchCapture = useCallback(() => {
    if (id === null) return;
    setLoad({ state: 'loading' });
    request('capture.get', { id }).then(
      ({ capture, templates }) => setLoad(capture ? { state: 'ready', capture, templates } : { state: 'missing' }),
      (error: unknown) => setLoad({ state: 'failed', error: asCodedError(error) }),
    );
  }, [request, id]);
  useEffect(fetchCapture, [fetchCapture]);
  return { load, retry: fetchCapture };
}
