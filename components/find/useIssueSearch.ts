import { useCallback, useRef, useState } from 'preact/hooks';
import type { CodedError } from '../../lib/errors.ts';
import type { IssueSummary } from '../../lib/jira/search.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import { asCodedError } from '../../lib/errors.ts';

/** idle: nothing asked yet; searching: first page; more: a further page; done: results shown. */
export type SearchPhase = 'idle' | 'searching' | 'more' | 'done';

export interface SearchFailure {
  error: CodedError;
  /** What failed, so "Try again" repeats it. */
  during: 'search' | 'more';
}

export interface SearchState {
  /** The JQL the results belong to. */
  jql: string;
  issues: IssueSummary[];
  nextPageToken?: string | undefined;
  isLast: boolean;
  phase: SearchPhase;
  failure: SearchFailure | null;
  /** How many rows the last page added (0 for a first page): where keyboard focus resumes. */
  appendedAt: number | null;
}

const initial: SearchState = { jql: '', issues: [], isLast: true, phase: 'idle', failure: null, appendedAt: null };

/** Adds `more` after `issues`, skipping ids already there (pages can overlap while issues change). */
export function appendUnique(issues: IssueSummary[], more: IssueSummary[]): IssueSummary[] {
  const seen = new Set(issues.map((issue) => issue.id));
  const added: IssueSummary[] = [];
  for (const issue of more) {
    if (seen.has(issue.id)) continue;
    seen.add(issue.id);
    added.push(issue);
  }
  return added.length > 0 ? [...issues, ...added] : issues;
}

/** One JQL search and its pages: only the latest request may change what is shown. */
export function useIssueSearch(request: MessageClient, siteId: string) {
  const [state, setState] = useState<SearchState>(initial);
  const latest = useRef(0);
  const current = useRef(state);
  current.current = state;

  const run = useCallback(
    (jql: string, onSuccess?: (jql: string) => void) => {
      const ticket = ++latest.current;
      setState({ ...initial, jql, phase: 'searching' });
      request('issues.search', { siteId, jql }).then(
        (page) => {
          if (ticket !== latest.current) return;
          setState({
            jql,
            issues: appendUnique([], page.issues),
            nextPageToken: page.isLast ? undefined : page.nextPageToken,
            isLast: page.isLast || !page.nextPageToken,
            phase: 'done',
            failure: null,
            appendedAt: 0,
          });
          onSuccess?.(jql);
        },
        (error: unknown) => {
          if (ticket !== latest.current) return;
          setState({ ...initial, jql, failure: { error: asCodedError(error), during: 'search' } });
        },
      );
    },
    [request, siteId],
  );

  const loadMore = useCallback(() => {
    const { jql, nextPageToken, phase, isLast } = current.current;
    if (phase !== 'done' || isLast || !nextPageToken) return;
    const ticket = ++latest.current;
    setState((s) => ({ ...s, phase: 'more', failure: null }));
    request('issues.search', { siteId, jql, nextPageToken }).then(
      (page) => {
        if (ticket !== latest.current) return;
        setState((s) => ({
          ...s,
          issues: appendUnique(s.issues, page.issues),
          nextPageToken: page.isLast ? undefined : page.nextPageToken,
          isLast: page.isLast || !page.nextPageToken,
          phase: 'done',
          appendedAt: s.issues.length,
        }));
      },
      (error: unknown) => {
        if (ticket !== latest.current) return;
        setState((s) => ({ ...s, phase: 'done', failure: { error: asCodedError(error), during: 'more' } }));
      },
    );
  }, [request, siteId]);

  return { state, run, loadMore };
}
