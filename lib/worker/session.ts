// The selected profile's working context: its sites (accessible-resources), the chosen site, and
// who is signed in there (myself).
import { CodedError } from '../errors.ts';
import type { AuthProfile } from '../auth/profile.ts';
import { accessibleResourcesRequest, processAccessibleResourcesResponse } from '../jira/accessible-resources.ts';
import type { HttpRequest } from '../jira/http-request.ts';
import type { Site } from '../jira/site.ts';
import { myselfRequest, processMyselfResponse } from '../jira/myself.ts';
import type { Session } from '../messaging/views.ts';
import type { StorageArea } from '../storage/area.ts';
import { chooseSite, rememberSite } from './site-choice.ts';

export type Send = (request: HttpRequest) => Promise<Response>;

const fetchSites = async (send: Send) => processAccessibleResourcesResponse(await send(accessibleResourcesRequest()));

export async function loadSession(
  local: StorageArea,
  profile: AuthProfile,
  send: Send,
  defaultSiteUrl?: string,
  knownSites?: Site[],
): Promise<Session> {
  const sites = knownSites ?? (await fetchSites(send));
  const choice = await chooseSite(local, profile.id, sites, defaultSiteUrl);
  const user = choice.site ? await processMyselfResponse(await send(myselfRequest(choice.site.id))) : null;
  return {
    profileId: profile.id,
    profileName: profile.name,
    sites,
    site: choice.site,
    ...(choice.lostSite === undefined ? {} : { lostSite: choice.lostSite }),
    user,
  };
}

export async function switchSite(local: StorageArea, profile: AuthProfile, send: Send, siteId: string): Promise<Session> {
  const sites = await fetchSites(send);
  const site = sites.find((s) => s.id === siteId);
  if (!site) throw new CodedError('jira_rejected', 'That site is not available to this account any more.');
  await rememberSite(local, profile.id, site);
  return loadSession(local, profile, send, undefined, sites);
}
