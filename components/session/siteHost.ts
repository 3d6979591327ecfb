import type { Site } from '../../lib/jira/site.ts';

/** The site's host name (acme.atlassian.net): tells apart sites that share a display name. */
export function siteHost(site: Site): string {
  try {
    return new URL(site.url).host;
  } catch {
    return site.url;
  }
}
