import type { Site } from '../../lib/jira/site.ts';

/** A site's avatar (only from an https address), name and host. */
export function SiteLabel({ site }: { site: Site }) {
  return (
    <span class="site-label">
      {site.avatarUrl?.startsWith('https:') && (
        <img class="site-avatar" src={site.avatarUrl} alt="" width={24} height={24} referrerpolicy="no-referrer" />
      )}
      <span class="site-name">{site.name}</span> <span class="site-url">{new URL(site.url).host}</span>
    </span>
  );
}
