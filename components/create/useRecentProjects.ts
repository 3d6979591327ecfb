import { useContext, useEffect, useState } from 'preact/hooks';
import { DraftStorage } from '../ui/draft-storage.ts';
import { recentProjectsModule } from './recent-projects.lazy.ts';

/** The site's recent project keys (recent-projects.ts), and a way to put one first. */
export function useRecentProjects(siteId: string): [string[], (projectKey: string) => void] {
  const local = useContext(DraftStorage);
  const [recent, setRecent] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    recentProjectsModule
      .load()
      .then((m) => m.readRecentProjects(local, siteId))
      .then((keys) => live && setRecent(keys), () => undefined);
    return () => {
      live = false;
    };
  }, [local, siteId]);
  const remember = (projectKey: string) => {
    // The order only helps; a browser that refuses the write loses nothing the user typed.
    recentProjectsModule
      .load()
      .then((m) => m.rememberRecentProject(local, siteId, projectKey))
      .then(setRecent, () => undefined);
  };
  return [recent, remember];
}
