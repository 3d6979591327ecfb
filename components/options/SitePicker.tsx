import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { Session } from '../../lib/messaging/views.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { SiteLabel } from './SiteLabel.tsx';
import { asCodedError } from '../../lib/errors.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { aroundSlot, SLOT } from '../../lib/i18n/slot.ts';

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
      <h2 id="site-title">{t('optionsSiteTitle')}</h2>
      {state.kind === 'loading' && <p role="status">{t('optionsLoadingSites')}</p>}
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
  const [signedInBefore, signedInAfter] = aroundSlot(t('optionsSignedInAs', SLOT));
  const [siteBefore, siteAfter] = aroundSlot(t('optionsJiraSiteIs', SLOT));
  return (
    <>
      {user && (
        <p>
          {signedInBefore}
          <strong>{user.displayName}</strong>
          {signedInAfter}
        </p>
      )}
      {lostSite && (
        <p id="lost-site" class="notice notice-warning">
          {t('optionsLostSite', lostSite)}
        </p>
      )}
      {sites.length === 0 && <p>{t('optionsNoSites')}</p>}
      {sites.length === 1 && sites[0] && (
        <p>
          {siteBefore}
          <SiteLabel site={sites[0]} />
          {siteAfter}
        </p>
      )}
      {sites.length > 1 && (
        <fieldset class="choice-list" role="radiogroup" aria-describedby={lostSite ? 'lost-site' : undefined}>
          <legend>{t('optionsJiraSite')}</legend>
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
