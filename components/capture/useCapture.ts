import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CaptureRecord } from '../../lib/capture/capture-record.ts';
import type { Template } from '../../lib/capture/template.ts';
import { asCodedError, type CodedError } from '../../lib/errors.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { ReplyOf } from '../../lib/messaging/protocol.ts';

export type CaptureLoad =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; error: CodedError }
  | { state: 'ready'; capture: CaptureRecord; templates: Template[] };

/** The window's capture and the templates, from the worker; `missing` for an unknown, used or
 *  expired id (or an address without one). `sent`: capture.get already sent by the page's first
 *  statement (entrypoints/capture/main.tsx), so the first render need not come before it. */
export function useCapture(request: MessageClient, id: string | null, sent?: Promise<ReplyOf<'capture.get'>> | null) {
  const [load, setLoad] = useState<CaptureLoad>(id === null ? { state: 'missing' } : { state: 'loading' });
  const fetchCapture = useCallback((answer?: Promise<ReplyOf<'capture.get'>> | null) => {
    if (id === null) return;
    if (!answer) setLoad({ state: 'loading' });
    (answer ?? request('capture.get', { id })).then(
      ({ capture, templates }) => setLoad(capture ? { state: 'ready', capture, templates } : { state: 'missing' }),
      (error: unknown) => setLoad({ state: 'failed', error: asCodedError(error) }),
    );
  }, [request, id]);
  useEffect(() => fetchCapture(sent), [fetchCapture]);
  return { load, retry: () => fetchCapture() };
}
