import { useEffect, useState } from 'preact/hooks';
import type { MessageClient } from '../../lib/messaging/client.ts';

/** The project of the last issue created on the site (the worker remembers it), if any. */
export function useLastProject(request: MessageClient, siteId: string): string | undefined {
  const [projectKey, setProjectKey] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    setProjectKey(undefined);
    request('create.lastUsed', { siteId }).then(
      (reply) => live && setProjectKey(reply.projectKey),
      // Unknown is fine: "Recently updated" then looks at every project, bounded by date.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [request, siteId]);
  return projectKey;
}
