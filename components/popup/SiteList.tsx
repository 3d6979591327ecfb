import type { Site } from '../../lib/jira/site.ts';

interface Props {
  sites: Site[];
}

export function SiteList({ sites }: Props) {
  if (sites.length === 0) {
    return <p>Your Atlassian account has no Jira sites this app may use.</p>;
  }
  return (
    <ul class="site-list" aria-label="Your Jira sites">
      {sites.map((site) => (
        <li key={site.id}>
          <span class="site-name">{site.name}</span> <span class="site-url">{new URL(site.url).host}</span>
        </li>
      ))}
    </ul>
  );
}
