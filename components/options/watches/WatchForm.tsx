import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n/page-text.ts';
import type { Site } from '../../../lib/jira/site.ts';
import { MAX_WATCHES, type WatchEvents, type WatchSettings } from '../../../lib/watch/settings.ts';
import { blankWatch, watchOf, type FilterKind, type WatchDraft } from './watch-form.ts';

interface Props {
  settings: WatchSettings;
  sites: Site[];
  save: (settings: WatchSettings) => Promise<boolean>;
}

const FILTERS: { kind: FilterKind; label: () => string }[] = [
  { kind: 'assigned', label: () => t('watchFilterAssigned') },
  { kind: 'reported', label: () => t('watchFilterReported') },
  { kind: 'watching', label: () => t('watchFilterWatching') },
  { kind: 'project', label: () => t('watchFilterProject') },
  { kind: 'jql', label: () => t('watchFilterCustom') },
];

const EVENTS: { key: keyof WatchEvents; label: () => string }[] = [
  { key: 'created', label: () => t('watchEventCreated') },
  { key: 'updated', label: () => t('watchEventUpdated') },
  { key: 'commented', label: () => t('watchEventCommented') },
];

/** "Add a watch": a site, which issues, and what news about them. */
export function WatchForm({ settings, sites, save }: Props) {
  const [draft, setDraft] = useState<WatchDraft>(() => blankWatch(sites[0]?.id ?? ''));
  const [error, setError] = useState<string | null>(null);
  const edit = (change: Partial<WatchDraft>) => {
    setError(null);
    setDraft({ ...draft, ...change });
  };
  const full = settings.watches.length >= MAX_WATCHES;

  const submit = async (event: Event) => {
    event.preventDefault();
    const watch = watchOf(draft, crypto.randomUUID(), sites.find((s) => s.id === draft.siteId)?.name);
    if ('error' in watch) return setError(watch.error);
    if (await save({ ...settings, watches: [...settings.watches, watch] })) setDraft(blankWatch(draft.siteId));
  };

  return (
    <form class="watch-form" aria-labelledby="watch-add-title" onSubmit={(e) => void submit(e)}>
      <h3 id="watch-add-title">{t('watchAddTitle')}</h3>
      <div class="field">
        <label for="watch-site">{t('watchSite')}</label>
        <select id="watch-site" value={draft.siteId} onChange={(e) => edit({ siteId: e.currentTarget.value })}>
          {sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="watch-filter">{t('watchFilter')}</label>
        <select id="watch-filter" value={draft.filter} onChange={(e) => edit({ filter: e.currentTarget.value as FilterKind })}>
          {FILTERS.map((f) => <option key={f.kind} value={f.kind}>{f.label()}</option>)}
        </select>
      </div>
      {draft.filter === 'project' && (
        <div class="field">
          <label for="watch-project">{t('watchProjectKey')}</label>
          <input id="watch-project" value={draft.projectKey} autoComplete="off" spellcheck={false} onInput={(e) => edit({ projectKey: e.currentTarget.value })} />
        </div>
      )}
      {draft.filter === 'jql' && (
        <div class="field">
          <label for="watch-jql">{t('watchJql')}</label>
          <textarea id="watch-jql" rows={2} value={draft.jql} spellcheck={false} onInput={(e) => edit({ jql: e.currentTarget.value })} />
        </div>
      )}
      <fieldset class="choice-list">
        <legend>{t('watchEvents')}</legend>
        {EVENTS.map((e) => (
          <label key={e.key} class="choice">
            <input type="checkbox" checked={draft.events[e.key]} onChange={(ev) => edit({ events: { ...draft.events, [e.key]: ev.currentTarget.checked } })} />
            {e.label()}
          </label>
        ))}
      </fieldset>
      {error && <p class="field-error" role="alert">{error}</p>}
      <button type="submit" disabled={full}>{t('watchAdd')}</button>
    </form>
  );
}
