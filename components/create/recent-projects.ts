// The projects the user created issues in from this browser, newest first, so the Project box
// offers them before the rest. storage.local under `create.recentProjects.<siteId>`; an
// unreadable list is an empty one. The worker puts the very last one first in its list too
// (create.lastUsed); this list adds the few before it.
import * as z from 'zod/mini';
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
