import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/page-text.ts';
import { CodedError } from '../../lib/errors.ts';
import { refusalText } from '../../lib/i18n/error-text.ts';

export const SEARCH_DELAY_MS = 250;

export interface SearchState<T> {
  results: T[];
  busy: boolean;
  error: string | undefined;
  /** The latest non-empty query has its answer (so an empty list means "no matches"). */
  answered: boolean;
}

const IDLE = { results: [], busy: false, error: undefined, answered: false };

/**
 * A debounced search: waits until typing pauses, and keeps only the answer to the latest query
 * (a slow reply to "ab" must not replace the one to "abc"). An empty query clears the results.
 */
export function useTypeAhead<T>(search: (query: string) => Promise<T[]>) {
  const [state, setState] = useState<SearchState<T>>(IDLE);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const query = (text: string) => {
    const ticket = ++latest.current;
    clearTimeout(timer.current);
    const q = text.trim();
    if (q === '') {
      setState(IDLE);
      return;
    }
    setState((s) => ({ ...s, busy: true, error: undefined, answered: false }));
    timer.current = setTimeout(() => {
      search(q).then(
        (results) => ticket === latest.current && setState({ results, busy: false, error: undefined, answered: true }),
        (error: unknown) =>
          ticket === latest.current &&
          setState({ ...IDLE, error: error instanceof CodedError ? refusalText(error) : t('fieldSearchFailed') }),
      );
    }, SEARCH_DELAY_MS);
  };
  const clear = () => {
    latest.current += 1;
    clearTimeout(timer.current);
    setState(IDLE);
  };
  return { ...state, query, clear };
}
