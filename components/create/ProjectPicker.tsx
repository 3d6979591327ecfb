import { useState } from 'preact/hooks';
import type { ProjectRef } from '../../lib/jira/issue-parts.ts';
import { Combobox, type ComboOption } from '../fields/Combobox.tsx';
import { recentFirst } from './recent-first.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  id: string;
  projects: ProjectRef[];
  /** Project keys used lately, newest first: listed ahead of the rest. */
  recent: string[];
  selected: ProjectRef | null;
  onSelect: (project: ProjectRef) => void;
}

const labelOf = (p: ProjectRef) => `${p.name} (${p.key})`;

/** Projects whose key or name contains the text, in the worker's order (last used first). */
export function filterProjects(projects: ProjectRef[], text: string): ProjectRef[] {
  const q = text.trim().toLowerCase();
  if (q === '') return projects;
  return projects.filter((p) => p.key.toLowerCase().includes(q) || p.name.toLowerCase().includes(q));
}

/**
 * The project, by type-ahead over the projects already loaded; a click or focus on the box lists
 * them all, recent ones first, as Jira's own project picker does. Typing only filters: the chosen
 * project (and the form below it) stays until another one is picked, and leaving the box puts
 * its name back.
 */
export function ProjectPicker({ id, projects: loaded, recent, selected, onSelect }: Props) {
  const { projects, recentCount } = recentFirst(loaded, recent);
  // What was typed counts only while typing; otherwise the box shows the chosen project.
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? (selected ? labelOf(selected) : '');
  const typing = typed !== null;

  const shown = typing ? filterProjects(projects, text) : projects;
  const isRecent = new Set(projects.slice(0, recentCount));
  const options: ComboOption[] = shown.map((p) => ({ id: p.key, label: p.name, detail: p.key, ...(isRecent.has(p) ? { recent: true } : {}) }));
  const status = typing && text.trim() !== '' && shown.length === 0 ? t('createNoProjectMatches') : undefined;
  return (
    <div class="issue-field">
      <label for={id} id={`${id}-label`}>
        {t('createProject')}
      </label>
      <Combobox
        id={id}
        labelId={`${id}-label`}
        text={text}
        placeholder={t('createProjectPlaceholder')}
        options={options}
        status={status}
        aria={{ 'aria-required': 'true' }}
        listOnFocus
        onText={setTyped}
        onPick={(option) => {
          const project = projects.find((p) => p.key === option.id);
          if (!project) return;
          setTyped(null);
          onSelect(project);
        }}
        onBlur={() => setTyped(null)}
      />
    </div>
  );
}
