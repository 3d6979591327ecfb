import { useEffect, useState } from 'preact/hooks';
import { asCodedError, type CodedError } from '../../lib/errors.ts';
import { t, uiLanguage } from '../../lib/i18n/page-text.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { Session } from '../../lib/messaging/views.ts';
import type { ActivityEntry } from '../../lib/watch/activity.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { eventTitle } from './event-text.ts';
import './activity.css';

interface Props {
  request: MessageClient;
  session: Session;
  /** Opens an issue of the session's site in the Open section. */
  onOpen: (key: string) => void;
}

type State = { kind: 'loading' } | { kind: 'ready'; entries: ActivityEntry[] } | { kind: 'failed'; error: CodedError };

/** What the watches found, newest first; new ones marked. Showing it counts as seeing it: the
 *  toolbar badge clears. */
export function ActivityList({ request, session, onOpen }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const load = () => {
    request('activity.list', {}).then(
      ({ entries }) => {
        setState({ kind: 'ready', entries });
        void request('activity.seen', {}).catch(() => {});
      },
      (error: unknown) => setState({ kind: 'failed', error: asCodedError(error) }),
    );
  };
  useEffect(load, [request]);

  if (state.kind === 'loading') return <p class="hint" role="status">{t('activityLoading')}</p>;
  if (state.kind === 'failed') return <ErrorNotice error={state.error} onRetry={load} />;
  if (state.entries.length === 0) return <p class="hint">{t('activityEmpty')}</p>;
  const when = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'short', timeStyle: 'short' });
  return (
    <ul class="activity-list">
      {state.entries.map((entry) => {
        const title = eventTitle(entry);
        const openable = entry.siteId === session.site?.id && !entry.kind.startsWith('project');
        return (
          <li key={entry.id} class="activity-entry">
            {openable ? (
              <button type="button" class="activity-open" onClick={() => onOpen(entry.key)}>
                {title}
              </button>
            ) : (
              <span class="activity-title">{title}</span>
            )}
            {!entry.seen && <span class="activity-new">{t('activityNew')}</span>}
            <span class="activity-summary">{entry.title}</span>
            <span class="hint">
              {entry.by ? `${t('watchNotifyBy', entry.by)} · ` : ''}
              {when.format(entry.at)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
