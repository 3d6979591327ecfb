import { IssueTypeSelect } from './IssueTypeSelect.tsx';
import { LoadNotice } from '../form/LoadNotice.tsx';
import { ProjectPicker } from './ProjectPicker.tsx';
import type { useCreateTarget } from './useCreateTarget.ts';

interface Props {
  target: ReturnType<typeof useCreateTarget>;
  /** Project keys used lately in this browser, newest first (recent-projects.ts). */
  recent: string[];
}

/** Project and issue type, each with its own loading line and Try again. */
export function CreateTargetPickers({ target, recent }: Props) {
  const { projects, project, types } = target;
  return (
    <div class="create-target">
      <LoadNotice load={projects} loading="Loading projects…" retry={target.loadProjects} />
      {projects.state === 'ready' &&
        (projects.value.length === 0 ? (
          <p class="hint">There is no project on this site where you may create issues.</p>
        ) : (
          <ProjectPicker id="create-project" projects={projects.value} recent={recent} selected={project} onSelect={target.setProject} />
        ))}
      {target.note && <p class="hint">{target.note}</p>}
      <LoadNotice load={types} loading="Loading issue types…" retry={target.loadTypes} />
      {types.state === 'ready' && (
        <IssueTypeSelect id="create-issuetype" types={types.value} value={target.typeId} onChange={target.setTypeId} />
      )}
    </div>
  );
}
