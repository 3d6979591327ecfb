import { jqlString } from '../../lib/jira/jql-text.ts';
import { t } from '../../lib/i18n/page-text.ts';

export interface Preset {
  label: string;
  jql: string;
}

// Every preset is bounded (a user or a date or a project): /search/jql rejects unbounded JQL.
export const MY_OPEN_ISSUES = 'assignee = currentUser() AND statusCategory != Done ORDER BY updated DESC';
export const REPORTED_BY_ME = 'reporter = currentUser() ORDER BY created DESC';
export const RECENTLY_UPDATED = 'updated >= -7d ORDER BY updated DESC';
export const WATCHING = 'watcher = currentUser() ORDER BY updated DESC';

/** The preset searches; "Recently updated" narrows to the last used project when there is one. */
export function presets(lastProjectKey?: string): Preset[] {
  const recent: Preset = lastProjectKey
    ? { label: t('findPresetRecentIn', lastProjectKey), jql: `project = ${jqlString(lastProjectKey)} ORDER BY updated DESC` }
    : { label: t('findPresetRecent'), jql: RECENTLY_UPDATED };
  return [
    { label: t('findPresetMine'), jql: MY_OPEN_ISSUES },
    { label: t('findPresetReported'), jql: REPORTED_BY_ME },
    recent,
    { label: t('findPresetWatching'), jql: WATCHING },
  ];
}
