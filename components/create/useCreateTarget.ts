import { asCodedError } from '../../lib/errors.ts';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CreateMetaIssueType } from '../../lib/jira/create-meta.ts';
import type { ProjectRef } from '../../lib/jira/issue-parts.ts';
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { FrameCreate } from '../../lib/storage/first-frame.ts';
import type { Load } from '../form/load-state.ts';
import { t } from '../../lib/i18n/page-text.ts';

/** The issue type to preselect: a template's (once), else the one chosen before if this project has
 *  it, else the remembered one. */
function pickType(types: CreateMetaIssueType[], current: string, remembered: string | undefined, preferred?: string): string {
  if (preferred !== undefined && types.some((t) => t.id === preferred)) return preferred;
  if (types.some((t) => t.id === current)) return current;
  if (remembered !== undefined && types.some((t) => t.id === remembered)) return remembered;
  // A project with a single type leaves nothing to choose.
  return types.length === 1 && types[0] ? types[0].id : '';
}

/** A project and type to start with instead of the last used (a restored draft's, a capture template's). */
export interface PreferredTarget {
  projectKey?: string | undefined;
  issueTypeId?: string | undefined;
}

/** The popup's first frame (lib/storage/first-frame.ts), and its draft's target if it has one. */
export interface TargetFrame {
  frame: FrameCreate;
  draft: PreferredTarget | undefined;
}

/** The project to start at and the type to look for: the draft's, else the last used. */
function firstChoice(list: ProjectRef[], last: PreferredTarget | null | undefined, drafted: PreferredTarget | undefined) {
  const fromDraft = list.find((p) => p.key === drafted?.projectKey);
  return fromDraft
    ? { project: fromDraft, remembered: drafted?.issueTypeId || last?.issueTypeId, drafted: true }
    : { project: list.find((p) => p.key === last?.projectKey), remembered: last?.issueTypeId, drafted: false };
}

/** What a frame starts the pickers at, with the project's types when the frame holds them: the
 *  draft's project, else the template's (`preferred`), else the last used, as the project list's
 *  answer would (loadProjects below). */
function fromFrame(frame: FrameCreate, draft: PreferredTarget | undefined, preferred: PreferredTarget | undefined) {
  const choice = firstChoice(frame.projects, frame.lastUsed, draft);
  const wanted = choice.drafted ? undefined : preferred?.projectKey;
  const fromTemplate = wanted === undefined ? undefined : frame.projects.find((p) => p.key === wanted);
  const project = fromTemplate ?? choice.project;
  const templateType = fromTemplate ? preferred?.issueTypeId : undefined;
  const types = project && frame.issueTypes?.projectKey === project.key ? frame.issueTypes.types : undefined;
  return {
    project,
    remembered: choice.remembered,
    types,
    typeId: types ? pickType(types, '', choice.remembered, templateType) : '',
    /** The template's type, still to pick when the project's types are asked for. */
    templateType: types ? undefined : templateType,
    missing: wanted !== undefined && !fromTemplate ? wanted : undefined,
  };
}

const unavailable = (key: string) => t('createTemplateProjectMissing', key);

/**
 * Where the issue goes: the project (from the projects the user may create in, last used first)
 * and the issue type. Both start at what the user last created, when the worker remembers it,
 * unless `preferred` names a project the site has: then that project and, if it has it, that type.
 * A `preferred` that changes later (another template chosen) moves the choice again. A restored
 * draft's target (`fromDraft`, taken once) comes before both: the user chose it last.
 */
export function useCreateTarget(
  request: MessageClient,
  siteId: string,
  preferred?: PreferredTarget,
  fromDraft?: Promise<PreferredTarget | undefined>,
  frame?: TargetFrame,
) {
  // A first frame is the first loads' answer: shown in the first render, and those loads are not sent.
  const [start] = useState(() => (frame ? fromFrame(frame.frame, frame.draft, preferred) : undefined));
  const [projects, setProjects] = useState<Load<ProjectRef[]>>(start ? { state: 'ready', value: frame!.frame.projects } : { state: 'loading' });
  const [project, setProject] = useState<ProjectRef | null>(start?.project ?? null);
  const [types, setTypes] = useState<Load<CreateMetaIssueType[]>>(start?.types ? { state: 'ready', value: start.types } : { state: 'idle' });
  const [typeId, setTypeId] = useState(start?.typeId ?? '');
  const rememberedType = useRef<string | undefined>(start?.remembered);
  /** What the frame answered: the project list, and the types of this project. */
  const answered = useRef({ projects: !!start, typesOf: start?.types && start.project?.key });
  /** The user chose a project or type: a later frame no longer moves them. */
  const touched = useRef(false);
  /** The template's type, waiting for its project's types; used once. */
  const preferredType = useRef<string | undefined>(start?.templateType);
  const preferredRef = useRef(preferred);
  preferredRef.current = preferred;
  /** Why the template's project is not the one chosen. */
  const [note, setNote] = useState(() => (start?.missing === undefined ? '' : unavailable(start.missing)));
  // Taken once: a later draft promise must not move what the user picked.
  const draftTarget = useRef(fromDraft);
  // Only the latest request of each kind may change the state: a slow older answer is dropped.
  const projectsTicket = useRef(0);
  const typesTicket = useRef(0);

  const loadProjects = useCallback(() => {
    const ticket = ++projectsTicket.current;
    setProjects({ state: 'loading' });
    // Without a remembered choice the form still works: nothing is preselected.
    const lastUsed = request('create.lastUsed', { siteId }).catch(() => ({}) as { projectKey?: string; issueTypeId?: string });
    Promise.all([request('projects.list', { siteId }), lastUsed, draftTarget.current]).then(
      ([{ projects: list }, last, drafted]) => {
        if (ticket !== projectsTicket.current) return;
        setProjects({ state: 'ready', value: list });
        const choice = firstChoice(list, last, drafted);
        rememberedType.current = choice.remembered;
        if (choice.drafted) {
          setProject((current) => current ?? choice.project ?? null);
          return;
        }
        const wanted = preferredRef.current;
        const fromTemplate = wanted?.projectKey === undefined ? undefined : list.find((p) => p.key === wanted.projectKey);
        if (wanted?.projectKey !== undefined && !fromTemplate) setNote(unavailable(wanted.projectKey));
        if (fromTemplate) preferredType.current = wanted?.issueTypeId;
        setProject((current) => current ?? fromTemplate ?? choice.project ?? null);
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
        const wanted = preferredType.current;
        preferredType.current = undefined;
        setTypeId((current) => pickType(list, current, rememberedType.current, wanted));
      },
      (error: unknown) => ticket === typesTicket.current && setTypes({ state: 'failed', error: asCodedError(error) }),
    );
  }, [request, siteId, project]);

  useEffect(() => {
    if (answered.current.projects) answered.current.projects = false;
    else loadProjects();
  }, [loadProjects]);
  useEffect(() => {
    if (project && answered.current.typesOf === project.key) answered.current.typesOf = undefined;
    else loadTypes();
  }, [loadTypes]);

  /** The worker's confirmation of the first frame, where it differs: its project list is shown, and
   *  the project's types while the user has not chosen another. The project and type shown stay:
   *  the frame's last used ones are rewritten with every create (lib/worker/first-frame.ts). */
  const refresh = (fresh: FrameCreate) => {
    setProjects({ state: 'ready', value: fresh.projects });
    const listed = fresh.issueTypes;
    if (!touched.current && listed && listed.projectKey === project?.key) setTypes({ state: 'ready', value: listed.types });
  };

  // Another template chosen after the projects are in: its project and type, when the site has them.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (preferred?.projectKey === undefined || projects.state !== 'ready') return;
    const found = projects.value.find((p) => p.key === preferred.projectKey);
    if (!found) {
      setNote(unavailable(preferred.projectKey));
      return;
    }
    setNote('');
    if (found.key === project?.key && types.state === 'ready') {
      const typeId = preferred.issueTypeId;
      if (typeId !== undefined && types.value.some((t) => t.id === typeId)) setTypeId(typeId);
      return;
    }
    preferredType.current = preferred.issueTypeId;
    setProject(found);
  }, [preferred?.projectKey, preferred?.issueTypeId]);

  // The chosen type counts only once the project's types are in and include it.
  const issueType = types.state === 'ready' ? (types.value.find((t) => t.id === typeId) ?? null) : null;
  const choose = useCallback((next: ProjectRef | null) => {
    touched.current = true;
    setNote('');
    setProject(next);
  }, []);
  const chooseType = useCallback((id: string) => {
    touched.current = true;
    setTypeId(id);
  }, []);
  /** Moves to a draft's project and type (a newer draft loaded from another window), when the site has them. */
  const moveTo = (to: PreferredTarget) => {
    const found = projects.state === 'ready' ? projects.value.find((p) => p.key === to.projectKey) : undefined;
    if (!found) return;
    if (found.key !== project?.key) {
      preferredType.current = to.issueTypeId;
      choose(found);
    } else if (types.state === 'ready' && types.value.some((t) => t.id === to.issueTypeId)) setTypeId(to.issueTypeId ?? '');
  };
  return { projects, project, setProject: choose, types, typeId, setTypeId: chooseType, issueType, loadProjects, loadTypes, note, moveTo, refresh };
}
