import { IssueTypeSelect } from './IssueTypeSelect.tsx';
import { LoadNotice } from '../form/LoadNotice.tsx';
import { ProjectPicker } from './ProjectPicker.tsx';
import type { useCreateTarget } from './useCreateTarget.ts';
import { t } from '../../lib/i18n/page-text.ts';

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
      <LoadNotice load={projects} loading={t('createLoadingProjects')} retry={target.loadProjects} />
      {projects.state === 'ready' &&
        (projects.value.length === 0 ? (
          <p class="hint">{t('createNoProjects')}</p>
        ) : (
          <ProjectPicker id="create-project" projects={projects.value} recent={recent} selected={project} onSelect={target.setProject} />
        ))}
      {target.note && <p class="hint">{target.note}</p>}
      <LoadNotice load={types} loading={t('createLoadingTypes')} retry={target.loadTypes} />
      {types.state === 'ready' && (
        <IssueTypeSelect id="create-issuetype" types={types.value} value={target.typeId} onChange={target.setTypeId} />
      )}
    </div>
  );
}
