import type { Site } from '../../lib/jira/site.ts';
import { RemoteImage } from '../ui/RemoteImage.tsx';

/** A site's avatar (only from an https address), name and host. */
export function SiteLabel({ site }: { site: Site }) {
  return (
    <span class="site-label">
      <RemoteImage class="site-avatar" src={site.avatarUrl} size={24} />
      <span class="site-name">{site.name}</span> <span class="site-url">{new URL(site.url).host}</span>
    </span>
  );
}
