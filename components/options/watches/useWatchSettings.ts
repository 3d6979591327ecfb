// The watch settings as the worker keeps them, and the sites of the sign-in to watch: loaded when
// the section shows (and again when the sign-in changes), saved on every change.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { asCodedError, type CodedError } from '../../../lib/errors.ts';
import type { Site } from '../../../lib/jira/site.ts';
import type { MessageClient } from '../../../lib/messaging/client.ts';
import type { WatchSettings } from '../../../lib/watch/settings.ts';

/** The sites of the sign-in as the worker last listed them (session.cached: no request to
 *  Atlassian). The page's site picker lists them as it opens; until it has, ask again a little later. */
async function knownSites(request: MessageClient): Promise<Site[]> {
  for (const wait of [0, 500, 1500]) {
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
    const session = await request('session.cached', {}).catch(() => null);
    if (session) return session.sites;
  }
  return [];
}

export type WatchLoad =
  | { kind: 'loading' }
  | { kind: 'failed'; error: CodedError }
  /** `sites` is empty while not connected: watches can be seen, not added. */
  | { kind: 'ready'; settings: WatchSettings; sites: Site[] };

export function useWatchSettings(request: MessageClient, signInKey: string, connected: boolean) {
  const [load, setLoad] = useState<WatchLoad>({ kind: 'loading' });
  const [saveError, setSaveError] = useState<CodedError | null>(null);
  const [saved, setSaved] = useState(0);

  const reload = useCallback(() => {
    setLoad({ kind: 'loading' });
    Promise.all([request('watch.settings', {}), connected ? knownSites(request) : Promise.resolve([])]).then(
      ([settings, sites]) => setLoad({ kind: 'ready', settings, sites }),
      (error: unknown) => setLoad({ kind: 'failed', error: asCodedError(error) }),
    );
  }, [request, signInKey, connected]);
  useEffect(reload, [reload]);

  const save = useCallback(
    async (settings: WatchSettings): Promise<boolean> => {
      setSaveError(null);
      try {
        const stored = await request('watch.save', settings);
        setLoad((current) => (current.kind === 'ready' ? { ...current, settings: stored } : current));
        setSaved((n) => n + 1);
        return true;
      } catch (error) {
        setSaveError(asCodedError(error));
        return false;
      }
    },
    [request],
  );

  return { load, reload, save, saveError, saved };
}
