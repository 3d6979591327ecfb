// A site's project poll: its projects now against the last snapshot (the first is the baseline).
import { diffProjects, readProjectSnapshot } from '../watch/project-diff.ts';
import type { WatchEvent } from '../watch/events.ts';
import { MAX_PROJECT_PAGES, PROJECTS_POLL_PAGE, processProjectSnapshotResponse, projectSnapshotRequest, type ProjectEntry } from '../watch/projects-request.ts';
import type { StorageArea } from '../storage/area.ts';
import type { Send } from './session.ts';

export async function pollProjects(local: StorageArea, send: Send, siteId: string, now: number): Promise<{ events: WatchEvent[]; projects: ProjectEntry[] }> {
  const projects: ProjectEntry[] = [];
  for (let page = 0; page < MAX_PROJECT_PAGES; page++) {
    const answer = await processProjectSnapshotResponse(await send(projectSnapshotRequest(siteId, page * PROJECTS_POLL_PAGE)));
    projects.push(...answer.projects);
    if (answer.isLast) break;
  }
  const before = await readProjectSnapshot(local, siteId);
  return { events: before ? diffProjects(siteId, before, projects, now) : [], projects };
}
