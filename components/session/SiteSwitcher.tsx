import type { Site } from '../../lib/jira/site.ts';
import { siteHost } from './siteHost.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  sites: Site[];
  /** The site shown as chosen: the current one, or the one being switched to. */
  value: string;
  onSelect: (siteId: string) => void;
}

/** A native select: works by keyboard (arrows, type-ahead) and stays usable while a switch runs. */
export function SiteSwitcher({ sites, value, onSelect }: Props) {
  return (
    <div class="site-switcher">
      <label for="site-switcher">{t('sessionSite')}</label>
      <select
        id="site-switcher"
        value={value}
        data-autofocus
        onChange={(event) => {
          const siteId = event.currentTarget.value;
          if (siteId !== value) onSelect(siteId);
        }}
      >
        {sites.map((site) => (
          <option key={site.id} value={site.id}>
            {site.name} ({siteHost(site)})
          </option>
        ))}
      </select>
    </div>
  );
}
