import { accessibleResourcesRequest, processAccessibleResourcesResponse } from '../jira/accessible-resources.ts';
import type { AuthProfile } from '../auth/profile.ts';
import type { Handlers } from '../messaging/server.ts';
import type { Session } from '../messaging/views.ts';
import type { WorkerDeps } from './deps.ts';
import { apiSendFor } from './api-send.ts';
import { connectedProfile } from './connected-profile.ts';
import { knownSites, loadSession, rememberSites, switchSite } from './session.ts';
import { cachedSessionView, rememberSessionView } from './session-view-cache.ts';

/** The profile's session as Atlassian says it is now (sites, site, user), remembered. */
export async function freshSession(deps: WorkerDeps, profile: AuthProfile): Promise<Session> {
  const session = await loadSession(deps.local, profile, apiSendFor(deps, profile), (await deps.registry.policy())?.defaultSiteUrl);
  await rememberSites(deps.session, profile.id, session.sites);
  await rememberSessionView(deps.session, session);
  return session;
}

type SessionHandlers = Pick<Handlers, 'session.get' | 'session.cached' | 'sites.select' | 'sites.list'>;

export function createSessionHandlers(deps: WorkerDeps): SessionHandlers {
  return {
    'session.get': async () => freshSession(deps, await connectedProfile(deps)),
    'session.cached': () => cachedSessionView(deps),
    'sites.select': async ({ siteId }) => {
      const profile = await connectedProfile(deps);
      const listed = await knownSites(deps.session, profile.id);
      const session = await switchSite(deps.local, profile, apiSendFor(deps, profile), siteId, listed);
      await rememberSites(deps.session, profile.id, session.sites);
      await rememberSessionView(deps.session, session);
      return session;
    },
    'sites.list': async () => {
      const profile = await connectedProfile(deps);
      const sites = await processAccessibleResourcesResponse(await apiSendFor(deps, profile)(accessibleResourcesRequest()));
      await rememberSites(deps.session, profile.id, sites);
      return sites;
    },
  };
}
