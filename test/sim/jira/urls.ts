// URLs inside Jira's JSON. Through the 3LO gateway, `self` links point back at
// https://api.atlassian.com/ex/jira/{cloudId}/rest/api/3/... (lib/ATLASSIAN.md#sites-and-addressing);
// icons and avatars point at the site or at Atlassian's avatar CDN.
import type { SiteState, User } from '../types.ts';

export function apiBase(site: SiteState): string {
  return `https://api.atlassian.com/ex/jira/${site.site.id}/rest/api/3`;
}

const SIZES: [string, string][] = [['16x16', 'xsmall'], ['24x24', 'small'], ['32x32', 'medium'], ['48x48', 'large']];

/** Project avatars as Jira Cloud links them (universal_avatar on the site). */
export function projectAvatarUrls(site: SiteState, avatarId: number): Record<string, string> {
  return Object.fromEntries(SIZES.map(([k, size]) => [k, `${site.site.url}/rest/api/3/universal_avatar/view/type/project/avatar/${avatarId}?size=${size}`]));
}

function initials(name: string): string {
  const parts = name.split(/\s+/).filter((p) => p !== '');
  return parts.slice(0, 2).map((p) => p.charAt(0).toUpperCase()).join('') || 'U';
}

/** Default user avatars: Atlassian's initials images, one per size (as in the spec's User example). */
export function userAvatarUrls(user: User): Record<string, string> {
  const file = encodeURIComponent(`${initials(user.displayName)}-${(user.accountId.length % 6) + 1}`);
  return Object.fromEntries(SIZES.map(([k]) => {
    const px = k.split('x')[0] ?? '48';
    return [k, `https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/initials/${file}.png?size=${px}&s=${px}`];
  }));
}

/** Default avatar ids of Jira Cloud's standard issue types. */
const TYPE_AVATARS: Record<string, number> = { Epic: 10307, Task: 10318, Bug: 10303, Story: 10315, 'Sub-task': 10316 };

export function issueTypeAvatarId(name: string): number {
  return TYPE_AVATARS[name] ?? 10318;
}

export function issueTypeIconUrl(site: SiteState, name: string): string {
  return `${site.site.url}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${issueTypeAvatarId(name)}?size=medium`;
}

export function priorityIconUrl(site: SiteState, name: string): string {
  return `${site.site.url}/images/icons/priorities/${name.toLowerCase()}.svg`;
}
