import { t } from '../../../lib/i18n/page-text.ts';
import type { Site } from '../../../lib/jira/site.ts';
import { WATCH_PRESETS } from '../../../lib/watch/jql.ts';
import type { WatchSettings } from '../../../lib/watch/settings.ts';

interface Props {
  settings: WatchSettings;
  sites: Site[];
  save: (settings: WatchSettings) => Promise<boolean>;
}

/** Once signed in, with no watch yet: offers to watch the issues assigned to the user (new
 *  comments and updates) on the first site. Offered, not made: "No, thanks" ends the offer. */
export function FirstWatchOffer({ settings, sites, save }: Props) {
  const site = sites[0];
  if (!site || settings.watches.length > 0 || settings.offerDeclined) return null;
  const accept = () =>
    void save({
      ...settings,
      watches: [{ id: crypto.randomUUID(), siteId: site.id, siteName: site.name, jql: WATCH_PRESETS.assigned, events: { created: false, updated: true, commented: true }, enabled: true }],
    });
  return (
    <div class="notice notice-info watch-offer" role="group" aria-labelledby="watch-offer-title">
      <p id="watch-offer-title" class="watch-offer-title">{t('watchOfferTitle')}</p>
      <p>{t('watchOfferText', site.name)}</p>
      <div class="watch-offer-actions">
        <button type="button" onClick={accept}>{t('watchOfferAccept')}</button>
        <button type="button" onClick={() => void save({ ...settings, offerDeclined: true })}>{t('watchOfferDecline')}</button>
      </div>
    </div>
  );
}
