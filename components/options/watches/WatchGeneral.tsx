import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../lib/i18n/page-text.ts';
import type { Site } from '../../../lib/jira/site.ts';
import { clampInterval, MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES, type WatchSettings } from '../../../lib/watch/settings.ts';

interface Props {
  settings: WatchSettings;
  sites: Site[];
  save: (settings: WatchSettings) => Promise<boolean>;
}

/** Project news per site, the pause, how often to look, and where a notification opens. */
export function WatchGeneral({ settings, sites, save }: Props) {
  const [minutes, setMinutes] = useState(String(settings.intervalMinutes));
  useEffect(() => setMinutes(String(settings.intervalMinutes)), [settings.intervalMinutes]);
  const saveInterval = () => {
    const asked = Number(minutes);
    const clamped = minutes.trim() === '' || !Number.isFinite(asked) ? settings.intervalMinutes : clampInterval(asked);
    setMinutes(String(clamped));
    if (clamped !== settings.intervalMinutes) void save({ ...settings, intervalMinutes: clamped });
  };
  const toggleSite = (siteId: string, on: boolean) =>
    void save({ ...settings, projectSites: on ? [...settings.projectSites, siteId] : settings.projectSites.filter((id) => id !== siteId) });

  return (
    <div class="watch-general">
      {sites.length > 0 && (
        <fieldset class="choice-list">
          <legend>{t('watchProjectsTitle')}</legend>
          {sites.map((site) => (
            <label key={site.id} class="choice">
              <input type="checkbox" checked={settings.projectSites.includes(site.id)} onChange={(e) => toggleSite(site.id, e.currentTarget.checked)} />
              {t('watchProjectsOn', site.name)}
            </label>
          ))}
        </fieldset>
      )}
      <label class="choice">
        <input type="checkbox" checked={settings.paused} onChange={(e) => void save({ ...settings, paused: e.currentTarget.checked })} />
        {t('watchPauseAll')}
      </label>
      <div class="field">
        <label for="watch-interval">{t('watchInterval')}</label>
        <input
          id="watch-interval"
          type="number"
          min={MIN_INTERVAL_MINUTES}
          max={MAX_INTERVAL_MINUTES}
          value={minutes}
          aria-describedby="watch-interval-hint"
          onInput={(e) => setMinutes(e.currentTarget.value)}
          onChange={saveInterval}
        />
        <p id="watch-interval-hint" class="hint">{t('watchIntervalHint')}</p>
      </div>
      <fieldset class="choice-list">
        <legend>{t('watchOpenIn')}</legend>
        {(['jira', 'popup'] as const).map((where) => (
          <label key={where} class="choice">
            <input type="radio" name="watch-open-in" checked={settings.openIn === where} onChange={() => void save({ ...settings, openIn: where })} />
            {where === 'jira' ? t('watchOpenInJira') : t('watchOpenInPopup')}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
