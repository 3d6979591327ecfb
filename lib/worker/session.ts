// The selected profile's working context: its sites (accessible-resources), the chosen site, and
// who is signed in there (myself).
import * as z from 'zod/mini';
import { CodedError } from '../errors.ts';
import type { AuthProfile } from '../auth/profile.ts';
import { accessibleResourcesRequest, processAccessibleResourcesResponse } from '../jira/accessible-resources.ts';
import type { HttpRequest } from '../jira/http-request.ts';
import { siteSchema, type Site } from '../jira/site.ts';
import { myselfRequest, processMyselfResponse } from '../jira/myself.ts';
import type { Session } from '../messaging/views.ts';
import type { StorageArea } from '../storage/area.ts';
import { sitesKey } from '../storage/keys.ts';
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

/** Moves the profile to `siteId`. The user chose it from `listed` (the sites the worker last
 *  listed, remembered in storage.session): a site among them is not listed again (who the user is
 *  there is still asked, and fails if the site has gone since); any other is checked first. */
export async function switchSite(local: StorageArea, profile: AuthProfile, send: Send, siteId: string, listed?: Site[]): Promise<Session> {
  const sites = listed?.some((s) => s.id === siteId) ? listed : await fetchSites(send);
  const site = sites.find((s) => s.id === siteId);
  if (!site) throw new CodedError('jira_rejected', 'That site is not available to this account any more.');
  await rememberSite(local, profile.id, site);
  return loadSession(local, profile, send, undefined, sites);
}

// The profile's sites as the last session load saw them, in storage.session (memory only, gone
// with the browser): issue actions need a site's URL for browse links, and reading it here costs
// no request. Written whenever the session is loaded or the sites are listed.

export async function rememberSites(session: StorageArea, profileId: string, sites: Site[]): Promise<void> {
  await session.set({ [sitesKey(profileId)]: sites });
}

export async function knownSites(session: StorageArea, profileId: string): Promise<Site[] | undefined> {
  const parsed = z.array(siteSchema).safeParse((await session.get(sitesKey(profileId)))[sitesKey(profileId)]);
  return parsed.success ? parsed.data : undefined;
}

/** The site's address (https://name.atlassian.net) for browse links: from the remembered sites,
 *  or, when they are gone or lack it, from Atlassian (and remembered). Undefined when the
 *  profile cannot reach the site. */
export async function siteUrlOf(session: StorageArea, profileId: string, send: Send, siteId: string): Promise<string | undefined> {
  const remembered = (await knownSites(session, profileId))?.find((s) => s.id === siteId);
  if (remembered) return remembered.url;
  const sites = await fetchSites(send);
  await rememberSites(session, profileId, sites);
  return sites.find((s) => s.id === siteId)?.url;
}
