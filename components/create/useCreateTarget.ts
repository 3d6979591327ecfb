import { asCodedError } from '../../lib/errors.ts';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CreateMetaIssueType } from '../../lib/jira/create-meta.ts';
import type { ProjectRef } from '../../lib/jira/issue-parts.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { Load } from './coded.ts';

/** The issue type to preselect: the one chosen before if this project has it, else the remembered one. */
function pickType(types: CreateMetaIssueType[], current: string, remembered: string | undefined): string {
  if (types.some((t) => t.id === current)) return current;
  if (remembered !== undefined && types.some((t) => t.id === remembered)) return remembered;
  // A project with a single type leaves nothing to choose.
  return types.length === 1 && types[0] ? types[0].id : '';
}

/** A project and type to start at instead of the last used ones (a restored draft's), once known. */
export interface PreferredTarget {
  projectKey?: string | undefined;
  issueTypeId?: string | undefined;
}

/**
 * Where the issue goes: the project (from the projects the user may create in, last used first)
 * and the issue type. Both start at `prefer` where the site still has them, else at what the user
 * last created, when the worker remembers it.
 */
export function useCreateTarget(request: MessageClient, siteId: string, prefer?: Promise<PreferredTarget | undefined>) {
  const [projects, setProjects] = useState<Load<ProjectRef[]>>({ state: 'loading' });
  const [project, setProject] = useState<ProjectRef | null>(null);
  const [types, setTypes] = useState<Load<CreateMetaIssueType[]>>({ state: 'idle' });
  const [typeId, setTypeId] = useState('');
  const rememberedType = useRef<string | undefined>(undefined);
  // Taken once: a later `prefer` must not move what the user picked.
  const preferred = useRef(prefer);
  // Only the latest request of each kind may change the state: a slow older answer is dropped.
  const projectsTicket = useRef(0);
  const typesTicket = useRef(0);

  const loadProjects = useCallback(() => {
    const ticket = ++projectsTicket.current;
    setProjects({ state: 'loading' });
    // Without a remembered choice the form still works: nothing is preselected.
    const lastUsed = request('create.lastUsed', { siteId }).catch(() => ({}) as { projectKey?: string; issueTypeId?: string });
    Promise.all([request('projects.list', { siteId }), lastUsed, preferred.current]).then(
      ([{ projects: list }, last, first]) => {
        if (ticket !== projectsTicket.current) return;
        setProjects({ state: 'ready', value: list });
        const wanted = list.find((p) => p.key === first?.projectKey);
        rememberedType.current = (wanted && first?.issueTypeId) || last.issueTypeId;
        const remembered = wanted ?? list.find((p) => p.key === last.projectKey);
        setProject((current) => current ?? remembered ?? null);
      },
      (error: unknown) => ticket === projectsTicket.current && setProjects({ state: 'failed', error: asCodedError(error) }),
    );
  }, [request, siteId]);

  const loadTypes = useCallback(() => {
    const ticket = ++typesTicket.current;
    if (project === null) {
      setTypes({ state: 'idle' });
      return;
    }
    setTypes({ state: 'loading' });
    request('create.issueTypes', { siteId, projectKey: project.key }).then(
      (list) => {
        if (ticket !== typesTicket.current) return;
        setTypes({ state: 'ready', value: list });
        setTypeId((current) => pickType(list, current, rememberedType.current));
      },
      (error: unknown) => ticket === typesTicket.current && setTypes({ state: 'failed', error: asCodedError(error) }),
    );
  }, [request, siteId, project]);

  useEffect(loadProjects, [loadProjects]);
  useEffect(loadTypes, [loadTypes]);

  // The chosen type counts only once the project's types are in and include it.
  const issueType = types.state === 'ready' ? (types.value.find((t) => t.id === typeId) ?? null) : null;
  return { projects, project, setProject, types, typeId, setTypeId, issueType, loadProjects, loadTypes };
}
