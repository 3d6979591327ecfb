// GET https://api.atlassian.com/oauth/token/accessible-resources: the sites the token may call.
import type { Reply, RequestContext, Route } from '../types.ts';

function accessibleResources(ctx: RequestContext): Reply {
  if (!ctx.auth) throw new Error('accessible-resources needs an authenticated request');
  const { grant } = ctx.auth;
  // Resource scopes only: Atlassian's example response lists the product scopes, not offline_access.
  const scopes = grant.scopes.filter((s) => s !== 'offline_access');
  const resources = ctx.state.sites
    .filter((s) => grant.siteIds.includes(s.site.id) && s.memberAccountIds.includes(grant.accountId))
    .map(({ site }) => ({ id: site.id, name: site.name, url: site.url, scopes, avatarUrl: site.avatarUrl }));
  // A bare array in no meaningful order (lib/ATLASSIAN.md#sites-and-addressing): reversed from the seed
  // order so that a client relying on order shows it.
  return { status: 200, body: resources.reverse() };
}

export const accessibleResourcesRoutes: Route[] = [
  { host: 'api.atlassian.com', method: 'GET', pattern: '/oauth/token/accessible-resources', handler: accessibleResources },
];
