import { connectionOf } from '../auth/connection-status.ts';
import { CodedError } from '../errors.ts';
import { accessibleResourcesRequest, processAccessibleResourcesResponse } from '../jira/accessible-resources.ts';
import type { AuthProfile } from '../auth/profile.ts';
import type { Handlers } from '../messaging/server.ts';
import type { WorkerDeps } from './deps.ts';
import { apiSendFor } from './api-send.ts';
import { loadSession, switchSite } from './session.ts';

type SessionHandlers = Pick<Handlers, 'session.get' | 'sites.select' | 'sites.list'>;

export function createSessionHandlers(deps: WorkerDeps): SessionHandlers {
  /** The selected profile, ready to call Jira; otherwise the reason it is not. */
  async function connectedProfile(): Promise<AuthProfile> {
    const profile = await deps.registry.selected();
    const connection = profile ? await connectionOf(deps, profile.id, deps.now()) : undefined;
    if (profile && connection?.status === 'connected') return profile;
    if (profile && connection?.status === 'reconnect_needed') {
      throw new CodedError('reconnect_needed', connection.reason ?? `Reconnect profile “${profile.name}”.`);
    }
    // Ask Atlassian even without a token: it is the judge of "not connected", and its answer tells
    // that apart from being offline ("Could not reach Atlassian"), which deserves another message.
    await processAccessibleResourcesResponse(await deps.http(accessibleResourcesRequest(), null));
    throw new CodedError('not_connected', 'Not connected to Jira. Connect your Atlassian account to continue.');
  }

  return {
    'session.get': async () => {
      const profile = await connectedProfile();
      return loadSession(deps.local, profile, apiSendFor(deps, profile), (await deps.registry.policy())?.defaultSiteUrl);
    },
    'sites.select': async ({ siteId }) => {
      const profile = await connectedProfile();
      return switchSite(deps.local, profile, apiSendFor(deps, profile), siteId);
    },
    'sites.list': async () => {
      const profile = await connectedProfile();
      return processAccessibleResourcesResponse(await apiSendFor(deps, profile)(accessibleResourcesRequest()));
    },
  };
}
