import { useEffect, useState } from 'preact/hooks';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { Session } from '../../lib/messaging/views.ts';
import { t, tn } from '../../lib/i18n/page-text.ts';
import { refusalText } from '../../lib/i18n/error-text.ts';
import { findJql } from '../../lib/omnibox/find-jql.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { JqlBox } from './JqlBox.tsx';
import { presets } from './presets.ts';
import { QueryButtons } from './QueryButtons.tsx';
import { ResultList } from './ResultList.tsx';
import { useLastProject } from './useLastProject.ts';
import { useRecentQueries } from './useRecentQueries.ts';
import { useIssueSearch, type SearchState } from './useIssueSearch.ts';
import './find.css';

interface Props {
  request: MessageClient;
  session: Session;
  /** Opens an issue from the results (the popup switches to its Open section). */
  onOpen: (key: string) => void;
  /** A project used in this popup just now (an issue created): overrides the remembered one. */
  lastProjectKey?: string | undefined;
  /** Words to search for at once (the address bar's `jira some words`), as a text search. */
  initialWords?: string | undefined;
}

/** What the live status line says. There is no total in /search/jql, only "more available". */
function statusText({ phase, issues, isLast }: SearchState): string {
  if (phase === 'idle') return '';
  if (phase === 'searching') return t('findSearching');
  if (issues.length === 0 && isLast) return t('findNoMatch');
  const count = tn('issueCount', issues.length);
  if (phase === 'more') return t('findLoadingMore', count);
  return isLast ? count : t('findMoreAvailable', count);
}

/** The Find section: a JQL box, preset and recent searches, and the results with paging. */
export function FindIssues({ request, session, onOpen, lastProjectKey, initialWords }: Props) {
  const [initialQuery] = useState(() => (initialWords === undefined ? undefined : findJql(initialWords)));
  const siteId = session.site?.id ?? '';
  const { state, run, loadMore } = useIssueSearch(request, siteId);
  const recent = useRecentQueries(request, siteId);
  const storedProject = useLastProject(request, siteId);
  const [text, setText] = useState(initialQuery ?? '');
  const [emptyQuery, setEmptyQuery] = useState(false);

  const search = (jql: string) => {
    const query = jql.trim();
    setEmptyQuery(query === '');
    if (query === '') return;
    run(query, recent.remember);
  };
  useEffect(() => {
    if (initialQuery) search(initialQuery);
  }, []);
  const pick = (jql: string) => {
    setText(jql);
    search(jql);
  };

  const failure = state.failure;
  const jqlProblem = failure?.error.code === 'jira_rejected' && failure.during === 'search' ? refusalText(failure.error) : null;
  const otherFailure = failure && !jqlProblem ? failure : null;
  const showResults = state.phase === 'done' || state.phase === 'more';
  const canLoadMore = showResults && !state.isLast;

  return (
    <div class="find">
      <JqlBox
        value={text}
        onInput={setText}
        onSearch={() => search(text)}
        problem={emptyQuery ? t('findEmptyQuery') : jqlProblem}
        searching={state.phase === 'searching'}
      />
      <QueryButtons title={t('findQuickSearches')} choices={presets(lastProjectKey ?? storedProject)} onPick={pick} />
      <QueryButtons
        title={t('findRecentQueries')}
        choices={recent.queries.map((jql) => ({ label: jql, jql }))}
        onPick={pick}
        showJql
      />
      <p class="find-status" role="status">
        {statusText(state)}
      </p>
      {showResults && state.issues.length > 0 && (
        <ResultList issues={state.issues} onOpen={onOpen} appendedAt={state.appendedAt} takeFocus={state.isLast} />
      )}
      {otherFailure && (
        <ErrorNotice
          error={otherFailure.error}
          onRetry={otherFailure.during === 'more' ? loadMore : () => run(state.jql, recent.remember)}
          retryWhenOnline
        />
      )}
      {canLoadMore && (
        <button
          type="button"
          class="load-more"
          aria-busy={state.phase === 'more' ? 'true' : undefined}
          onClick={loadMore}
        >
          {t('findLoadMore')}
        </button>
      )}
    </div>
  );
}
