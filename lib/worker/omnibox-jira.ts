// What the omnibox needs from Jira, inside the worker (no message round trip): the selected
// profile's chosen site, and the issue picker through the same lib/jira/issue-picker.ts the
// `issues.pick` message uses.
import { accessibleResourcesRequest, processAccessibleResourcesResponse } from '../jira/accessible-resources.ts';
import { issuePickerRequest, processIssuePickerResponse, type PickedIssue } from '../jira/issue-picker.ts';
import { apiSendFor } from './api-send.ts';
import { connectedProfile } from './connected-profile.ts';
import type { WorkerDeps } from './deps.ts';
import { knownSites, rememberSites } from './session.ts';
import { chooseSite } from './site-choice.ts';

export async function selectedSite(deps: WorkerDeps): Promise<{ id: string; url: string } | null> {
  const profile = await connectedProfile(deps);
  let sites = await knownSites(deps.session, profile.id);
  if (!sites) {
    sites = await processAccessibleResourcesResponse(await apiSendFor(deps, profile)(accessibleResourcesRequest()));
    await rememberSites(deps.session, profile.id, sites);
  }
  const choice = await chooseSite(deps.local, profile.id, sites, (await deps.registry.policy())?.defaultSiteUrl);
  return choice.site ? { id: choice.site.id, url: choice.site.url } : null;
}

/** The picker's issues for `query`, sent once: no retry after a 429, the omnibox goes quiet instead. */
export async function pickIssues(deps: WorkerDeps, siteId: string, query: string): Promise<PickedIssue[]> {
  const profile = await connectedProfile(deps);
  return processIssuePickerResponse(await apiSendFor(deps, profile)(issuePickerRequest(siteId, { query })));
}
