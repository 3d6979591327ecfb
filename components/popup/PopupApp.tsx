import { useCallback, useEffect, useState } from 'preact/hooks';
import { CodedError } from '../../lib/errors.ts';
import type { Site } from '../../lib/jira/site.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { NotConnected } from './NotConnected.tsx';
import { SiteList } from './SiteList.tsx';

interface Props {
  request: MessageClient;
  openSettings: () => void;
}

type State = { kind: 'loading' } | { kind: 'ready'; sites: Site[] } | { kind: 'failed'; error: CodedError };

function asCoded(error: unknown): CodedError {
  return error instanceof CodedError ? error : new CodedError('unknown', String(error));
}

export function PopupApp({ request, openSettings }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    request('sites.list', {}).then(
      (sites) => setState({ kind: 'ready', sites }),
      (error: unknown) => setState({ kind: 'failed', error: asCoded(error) }),
    );
  }, [request]);

  useEffect(load, [load]);

  return (
    <main class="popup">
      <header class="app-header">
        <h1>Quick Actions for Jira</h1>
      </header>
      {state.kind === 'loading' && <p role="status">Checking your Jira connection…</p>}
      {state.kind === 'ready' && <SiteList sites={state.sites} />}
      {state.kind === 'failed' &&
        (state.error.code === 'not_connected' ? (
          <NotConnected onConnect={openSettings} />
        ) : (
          <ErrorNotice error={state.error} onRetry={load} />
        ))}
    </main>
  );
}
