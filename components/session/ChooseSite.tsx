import type { Site } from '../../lib/jira/site.ts';
import { siteHost } from './siteHost.ts';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  sites: Site[];
  /** The remembered site that this account can no longer reach. */
  lostSite: string | undefined;
  onSelect: (siteId: string) => void;
}

/** Shown when no site is chosen yet (several sites) or the remembered one was lost. */
export function ChooseSite({ sites, lostSite, onSelect }: Props) {
  const lost = lostSite && (
    <p>{t('sessionLostSite', lostSite)}</p>
  );
  if (sites.length === 0) {
    return (
      <section class="panel" aria-labelledby="choose-site-title">
        <h2 id="choose-site-title">{t('sessionNoSites')}</h2>
        {lost}
        <p>{t('sessionNoSitesText')}</p>
      </section>
    );
  }
  return (
    <section class="panel" aria-labelledby="choose-site-title">
      <h2 id="choose-site-title">{t('sessionChooseSite')}</h2>
      {lost}
      <ul class="site-choices">
        {sites.map((site, index) => (
          <li key={site.id}>
            <button type="button" data-autofocus={index === 0 ? true : undefined} onClick={() => onSelect(site.id)}>
              <span class="site-name">{site.name}</span> <span class="site-url">{siteHost(site)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
