import { t } from '../../../lib/i18n/page-text.ts';
import type { Site } from '../../../lib/jira/site.ts';
import type { Watch, WatchSettings } from '../../../lib/watch/settings.ts';
import { eventsLabel, filterLabel } from './watch-form.ts';

interface Props {
  settings: WatchSettings;
  sites: Site[];
  save: (settings: WatchSettings) => Promise<boolean>;
}

/** Named by the site's current name while signed in, by the name kept with the watch while not. */
export const watchTitle = (watch: Watch, sites: Site[]): string =>
  t('watchDescribe', filterLabel(watch.jql), sites.find((s) => s.id === watch.siteId)?.name ?? watch.siteName ?? watch.siteId);

/** The watches, each with its switch and a Remove button. */
export function WatchList({ settings, sites, save }: Props) {
  const change = (id: string, next: Watch | null) =>
    void save({ ...settings, watches: settings.watches.flatMap((w) => (w.id !== id ? [w] : next ? [next] : [])) });
  return (
    <div class="watch-list">
      <h3>{t('watchListTitle')}</h3>
      {settings.watches.length === 0 ? (
        <p class="hint">{t('watchListEmpty')}</p>
      ) : (
        <ul>
          {settings.watches.map((watch) => {
            const title = watchTitle(watch, sites);
            return (
              <li key={watch.id} class="watch-row">
                <label class="choice">
                  <input type="checkbox" checked={watch.enabled} onChange={(e) => change(watch.id, { ...watch, enabled: e.currentTarget.checked })} />
                  <span>
                    {title}
                    <span class="hint watch-events">{eventsLabel(watch.events)}</span>
                  </span>
                </label>
                <button type="button" aria-label={t('watchRemove', title)} onClick={() => change(watch.id, null)}>
                  {t('watchRemoveShort')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
