// The "Add a watch" form as the user fills it, turned into a Watch; and a stored watch described
// in words for the list.
import { projectFilter, WATCH_PRESETS } from '../../../lib/watch/jql.ts';
import type { Watch, WatchEvents } from '../../../lib/watch/settings.ts';
import { t } from '../../../lib/i18n/page-text.ts';

export type FilterKind = keyof typeof WATCH_PRESETS | 'project' | 'jql';

export interface WatchDraft {
  siteId: string;
  filter: FilterKind;
  projectKey: string;
  jql: string;
  events: WatchEvents;
}

export const blankWatch = (siteId: string): WatchDraft => ({
  siteId,
  filter: 'assigned',
  projectKey: '',
  jql: '',
  events: { created: false, updated: true, commented: true },
});

/** The watch, or the message saying what is missing. */
export function watchOf(draft: WatchDraft, id: string, siteName: string | undefined): Watch | { error: string } {
  if (!draft.events.created && !draft.events.updated && !draft.events.commented) return { error: t('watchNeedEvent') };
  let jql: string;
  if (draft.filter === 'project') {
    const key = draft.projectKey.trim().toUpperCase();
    if (!key) return { error: t('watchNeedProject') };
    jql = projectFilter(key);
  } else if (draft.filter === 'jql') {
    jql = draft.jql.trim();
    if (!jql) return { error: t('watchNeedJql') };
  } else {
    jql = WATCH_PRESETS[draft.filter];
  }
  return { id, siteId: draft.siteId, ...(siteName ? { siteName } : {}), jql, events: { ...draft.events }, enabled: true };
}

/** "Assigned to me", "Project GLX", or the JQL itself. */
export function filterLabel(jql: string): string {
  if (jql === WATCH_PRESETS.assigned) return t('watchFilterAssigned');
  if (jql === WATCH_PRESETS.reported) return t('watchFilterReported');
  if (jql === WATCH_PRESETS.watching) return t('watchFilterWatching');
  const project = /^project = "([^"\\]+)"$/.exec(jql);
  return project ? t('watchFilterProjectNamed', project[1] as string) : jql;
}

export function eventsLabel(events: WatchEvents): string {
  return [
    events.created ? t('watchEventCreated') : '',
    events.updated ? t('watchEventUpdated') : '',
    events.commented ? t('watchEventCommented') : '',
  ].filter(Boolean).join(', ');
}
