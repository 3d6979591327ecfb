// The Project box's order: the projects created in lately (recent-projects.ts) first. Apart from
// the list's storage, which loads after the first render (recent-projects.lazy.ts), since the box
// needs the order only once it is opened.
import type { ProjectRef } from '../../lib/jira/issue-parts.ts';

/**
 * The worker's list (its last used first) with the recent ones ahead, newest first; the worker's
 * first stays first, since it knows of creates this page did not see (the capture window's).
 */
export function recentFirst(projects: ProjectRef[], recent: string[]): { projects: ProjectRef[]; recentCount: number } {
  const head = projects[0];
  const keys = head ? [head.key, ...recent.filter((k) => k !== head.key)] : recent;
  const byKey = new Map(projects.map((p) => [p.key, p]));
  const front = keys.map((k) => byKey.get(k)).filter((p): p is ProjectRef => p !== undefined);
  // Only the worker's first counts as recent when nothing else was remembered here.
  const recentCount = recent.length === 0 ? 0 : front.length;
  const rest = projects.filter((p) => !front.includes(p));
  return { projects: [...front, ...rest], recentCount };
}
