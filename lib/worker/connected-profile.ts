import { connectionOf } from '../auth/connection-status.ts';
import type { AuthProfile } from '../auth/profile.ts';
import { CodedError } from '../errors.ts';
import { accessibleResourcesRequest, processAccessibleResourcesResponse } from '../jira/accessible-resources.ts';
import type { WorkerDeps } from './deps.ts';

/** The selected profile, ready to call Jira; otherwise the reason it is not. Costs no request
 *  when connected: the answer comes from storage. */
export async function connectedProfile(deps: WorkerDeps): Promise<AuthProfile> {
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
