// New and changed projects of a site, from two snapshots of project/search. The first snapshot is
// the baseline: nothing in it is news. storage.local under `watch.projects.<siteId>`.
import * as z from 'zod/mini';
import type { StorageArea } from '../storage/area.ts';
import { watchProjectsKey } from '../storage/keys.ts';
import type { WatchEvent } from './events.ts';
import { projectEntrySchema, type ProjectEntry } from './projects-request.ts';

const snapshotSchema = z.array(projectEntrySchema);

export async function readProjectSnapshot(local: StorageArea, siteId: string): Promise<ProjectEntry[] | undefined> {
  const key = watchProjectsKey(siteId);
  const parsed = snapshotSchema.safeParse((await local.get(key))[key]);
  return parsed.success ? parsed.data : undefined;
}

export const projectSnapshotEntry = (siteId: string, projects: ProjectEntry[]): Record<string, ProjectEntry[]> => ({
  [watchProjectsKey(siteId)]: projects,
});

/** A project whose id is new was created; one whose key, name or lead differ was changed. */
export function diffProjects(siteId: string, before: ProjectEntry[], after: ProjectEntry[], now: number): WatchEvent[] {
  const old = new Map(before.map((p) => [p.id, p]));
  const events: WatchEvent[] = [];
  for (const p of after) {
    const was = old.get(p.id);
    const base = { siteId, key: p.key, projectKey: p.key, title: p.name, at: now };
    if (!was) events.push({ ...base, id: `${siteId}:project:${p.id}:created`, kind: 'projectCreated' });
    else if (was.key !== p.key || was.name !== p.name || was.lead !== p.lead) {
      events.push({ ...base, id: `${siteId}:project:${p.id}:${p.key}:${p.name}:${p.lead ?? ''}`, kind: 'projectUpdated' });
    }
  }
  return events;
}
