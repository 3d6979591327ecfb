import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { Session } from '../../lib/messaging/views.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { SiteLabel } from './SiteLabel.tsx';
import { asCodedError } from '../../lib/errors.ts';

interface Props {
  request: MessageClient;
  /** The session the worker has just loaded (on connecting): shown as is, without asking again. */
  loaded?: Session | null;
}

type State = { kind: 'loading' } | { kind: 'ready'; session: Session } | { kind: 'failed'; error: CodedError };

/** The connected profile's account and the Jira site it works with. */
export function SitePicker({ request, loaded }: Props) {
  const [state, setState] = useState<State>(loaded ? { kind: 'ready', session: loaded } : { kind: 'loading' });
  const [pending, setPending] = useState<string | null>(null);
  const [selectError, setSelectError] = useState<CodedError | null>(null);

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    request('session.get', {}).then(
      (session) => setState({ kind: 'ready', session }),
      (error: unknown) => setState({ kind: 'failed', error: asCodedError(error) }),
    );
  }, [request]);
  useEffect(() => {
    if (!loaded) load();
  }, [load]);

  const choose = (siteId: string) => {
    if (pending !== null) return;
    setPending(siteId);
    setSelectError(null);
    request('sites.select', { siteId }).then(
      (session) => {
        setPending(null);
        setState({ kind: 'ready', session });
      },
      (error: unknown) => {
        setPending(null);
        setSelectError(asCodedError(error));
      },
    );
  };

  return (
    <section class="panel" aria-labelledby="site-title">
      <h2 id="site-title">Account and site</h2>
      {state.kind === 'loading' && <p role="status">Loading your Jira sites…</p>}
      {state.kind === 'failed' && <ErrorNotice error={state.error} onRetry={load} retryWhenOnline />}
      {state.kind === 'ready' && <SiteChoice session={state.session} pending={pending} onChoose={choose} />}
      {selectError && <ErrorNotice error={selectError} />}
    </section>
  );
}

interface ChoiceProps {
  session: Session;
  pending: string | null;
  onChoose: (siteId: string) => void;
}

function SiteChoice({ session, pending, onChoose }: ChoiceProps) {
  const { sites, site, lostSite, user } = session;
  const selectedId = pending ?? site?.id ?? null;
  return (
    <>
      {user && (
        <p>
          Signed in as <strong>{user.displayName}</strong>
        </p>
      )}
      {lostSite && (
        <p id="lost-site" class="notice notice-warning">
          The site {lostSite} is no longer available to this account. Choose another.
        </p>
      )}
      {sites.length === 0 && <p>Your Atlassian account has no Jira sites this app may use.</p>}
      {sites.length === 1 && sites[0] && (
        <p>
          Jira site: <SiteLabel site={sites[0]} />
        </p>
      )}
      {sites.length > 1 && (
        <fieldset class="choice-list" role="radiogroup" aria-describedby={lostSite ? 'lost-site' : undefined}>
          <legend>Jira site</legend>
          {sites.map((s) => (
            <label key={s.id} class="choice">
              <input
                type="radio"
                name="jira-site"
                value={s.id}
                checked={selectedId === s.id}
                onChange={() => onChoose(s.id)}
              />
              <SiteLabel site={s} />
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
