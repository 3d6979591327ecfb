import { useCallback, useEffect, useState } from 'preact/hooks';
import type { MessageClient } from '../../lib/messaging/client.ts';

const SHOWN = 10;

/** The worker's recent queries for the site, newest first; a successful search joins at the top. */
export function useRecentQueries(request: MessageClient, siteId: string) {
  const [queries, setQueries] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    setQueries([]);
    request('search.recent', { siteId }).then(
      (reply) => live && setQueries(reply.queries.slice(0, SHOWN)),
      // A convenience only: without it the presets and the box still work.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [request, siteId]);

  const remember = useCallback((jql: string) => {
    setQueries((list) => [jql, ...list.filter((q) => q !== jql)].slice(0, SHOWN));
  }, []);

  return { queries, remember };
}
