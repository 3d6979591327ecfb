// The projects the user created issues in from this browser, newest first, so the Project box
// offers them before the rest. storage.local under `create.recentProjects.<siteId>`; an
// unreadable list is an empty one. The worker puts the very last one first in its list too
// (create.lastUsed); this list adds the few before it.
import * as z from 'zod/mini';
import type { ProjectRef } from '../../lib/jira/issue-parts.ts';
import type { StorageArea } from '../../lib/storage/area.ts';

export const MAX_RECENT_PROJECTS = 5;

export const recentProjectsKey = (siteId: string): string => `create.recentProjects.${siteId}`;

const listSchema = z.array(z.string());

export async function readRecentProjects(local: StorageArea, siteId: string): Promise<string[]> {
  const key = recentProjectsKey(siteId);
  const parsed = listSchema.safeParse((await local.get(key))[key]);
  return parsed.success ? parsed.data.slice(0, MAX_RECENT_PROJECTS) : [];
}

export async function rememberRecentProject(local: StorageArea, siteId: string, projectKey: string): Promise<string[]> {
  const previous = await readRecentProjects(local, siteId);
  const next = [projectKey, ...previous.filter((k) => k !== projectKey)].slice(0, MAX_RECENT_PROJECTS);
  await local.set({ [recentProjectsKey(siteId)]: next });
  return next;
}

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
