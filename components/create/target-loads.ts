// What useCreateTarget does with the project list once it is in, and when a capture template names
// another project: loaded on demand (target-loads.lazy.ts), alongside the list's own request. The
// popup's first frame (lib/storage/first-frame.ts) answers the first list, so a popup that has one
// never loads this; the capture window, and a popup without a frame, do.
import type { Dispatch, StateUpdater } from 'preact/hooks';
import type { CreateMetaIssueType } from '../../lib/jira/create-meta.ts';
import type { ProjectRef } from '../../lib/jira/issue-parts.ts';
import type { Load } from '../form/load-state.ts';
import { firstChoice, unavailable, type PreferredTarget } from './useCreateTarget.ts';

/** The hook's state that these set. */
export interface TargetState {
  setProjects: Dispatch<StateUpdater<Load<ProjectRef[]>>>;
  setProject: Dispatch<StateUpdater<ProjectRef | null>>;
  setTypeId: Dispatch<StateUpdater<string>>;
  setNote: Dispatch<StateUpdater<string>>;
  /** The type to look for once the project's types are in. */
  rememberedType: { current: string | undefined };
  /** The template's type, waiting for its project's types; used once. */
  preferredType: { current: string | undefined };
}

/** The list is in: the draft's project first, else the template's (`wanted`), else the last used. */
export function startFrom(
  t: TargetState,
  list: ProjectRef[],
  last: PreferredTarget,
  drafted: PreferredTarget | undefined,
  wanted: PreferredTarget | undefined,
): void {
  t.setProjects({ state: 'ready', value: list });
  const choice = firstChoice(list, last, drafted);
  t.rememberedType.current = choice.remembered;
  if (choice.drafted) {
    t.setProject((current) => current ?? choice.project ?? null);
    return;
  }
  const fromTemplate = wanted?.projectKey === undefined ? undefined : list.find((p) => p.key === wanted.projectKey);
  if (wanted?.projectKey !== undefined && !fromTemplate) t.setNote(unavailable(wanted.projectKey));
  if (fromTemplate) t.preferredType.current = wanted?.issueTypeId;
  t.setProject((current) => current ?? fromTemplate ?? choice.project ?? null);
}

/** Another template chosen after the projects are in: its project and type, when the site has them. */
export function moveToTemplate(
  t: TargetState,
  wanted: PreferredTarget & { projectKey: string },
  at: { projects: ProjectRef[]; project: ProjectRef | null; types: Load<CreateMetaIssueType[]> },
): void {
  const found = at.projects.find((p) => p.key === wanted.projectKey);
  if (!found) {
    t.setNote(unavailable(wanted.projectKey));
    return;
  }
  t.setNote('');
  if (found.key === at.project?.key && at.types.state === 'ready') {
    const typeId = wanted.issueTypeId;
    if (typeId !== undefined && at.types.value.some((type) => type.id === typeId)) t.setTypeId(typeId);
    return;
  }
  t.preferredType.current = wanted.issueTypeId;
  t.setProject(found);
}
