import { useContext, useEffect, useState } from 'preact/hooks';
import { DraftStorage } from '../ui/draft-storage.ts';
import { readRecentProjects, rememberRecentProject } from './recent-projects.ts';

/** The site's recent project keys (recent-projects.ts), and a way to put one first. */
export function useRecentProjects(siteId: string): [string[], (projectKey: string) => void] {
  const local = useContext(DraftStorage);
  const [recent, setRecent] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    readRecentProjects(local, siteId).then((keys) => live && setRecent(keys), () => undefined);
    return () => {
      live = false;
    };
  }, [local, siteId]);
  const remember = (projectKey: string) => {
    // The order only helps; a browser that refuses the write loses nothing the user typed.
    rememberRecentProject(local, siteId, projectKey).then(setRecent, () => undefined);
  };
  return [recent, remember];
}
