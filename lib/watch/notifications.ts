// From one poll's events to the notifications to show: one per event, or one per project and kind
// when more than GROUP_ABOVE arrive at once ("7 issues updated in GLX"). Texts in the browser's
// language (public/_locales, keys `watch…`), through the Translate the worker passes in.
import type { Translate } from '../i18n/translate.ts';
import type { WatchEvent } from './events.ts';
import { notificationId } from './notification-id.ts';

export const GROUP_ABOVE = 3;

export interface PlannedNotification {
  id: string;
  title: string;
  message: string;
  /** Who changed it (Chrome's contextMessage; Firefox shows title and message only). */
  context?: string;
}

/** Plural forms as the pages' tn() picks them (Intl.PluralRules), for the worker. */
export function pluralText(t: Translate, language: string) {
  const rules = new Intl.PluralRules(language);
  return (key: string, count: number, ...more: string[]): string =>
    t(`${key}_${rules.select(count)}`, [String(count), ...more]) || t(`${key}_other`, [String(count), ...more]);
}

function single(t: Translate, e: WatchEvent): PlannedNotification {
  const id = notificationId({ siteId: e.siteId, key: e.key, project: e.kind.startsWith('project') });
  const who = e.by ? { context: t('watchNotifyBy', [e.by]) } : {};
  switch (e.kind) {
    case 'created':
      return { id, title: t('watchNotifyCreated', [e.key]), message: e.title, ...who };
    case 'updated':
      return { id, title: t('watchNotifyUpdated', [e.key]), message: e.title, ...who };
    case 'commented':
      return { id, title: t('watchNotifyCommented', [e.key]), message: e.title, ...who };
    case 'projectCreated':
      return { id, title: t('watchNotifyProjectCreated', [e.key]), message: e.title };
    case 'projectUpdated':
      return { id, title: t('watchNotifyProjectUpdated', [e.key]), message: e.title };
  }
}

function grouped(t: Translate, language: string, kind: WatchEvent['kind'], group: WatchEvent[]): PlannedNotification {
  const tn = pluralText(t, language);
  const first = group[0] as WatchEvent;
  const id = notificationId({ siteId: first.siteId, key: first.projectKey, project: true });
  const message = group.slice(0, GROUP_ABOVE).map((e) => `${e.key}: ${e.title}`).join('\n');
  const count = group.length;
  if (kind === 'created') return { id, title: tn('watchGroupCreated', count, first.projectKey), message };
  if (kind === 'commented') return { id, title: tn('watchGroupCommented', count, first.projectKey), message };
  if (kind === 'updated') return { id, title: tn('watchGroupUpdated', count, first.projectKey), message };
  return { id: notificationId({ siteId: first.siteId, key: '', project: true }), title: tn('watchGroupProjects', count), message };
}

export function planNotifications(t: Translate, language: string, events: WatchEvent[]): PlannedNotification[] {
  const groups = new Map<string, WatchEvent[]>();
  for (const e of events) {
    const project = e.kind.startsWith('project');
    const name = `${e.siteId}|${project ? 'project' : e.kind}|${project ? '' : e.projectKey}`;
    groups.set(name, [...(groups.get(name) ?? []), e]);
  }
  const planned: PlannedNotification[] = [];
  for (const group of groups.values()) {
    const first = group[0] as WatchEvent;
    if (group.length > GROUP_ABOVE) planned.push(grouped(t, language, first.kind, group));
    else planned.push(...group.map((e) => single(t, e)));
  }
  return planned;
}
