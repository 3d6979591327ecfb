import { createAuthorizedSend } from '../auth/with-auth.ts';
import { markReconnectNeeded } from '../auth/connection-status.ts';
import { CodedError } from '../errors.ts';
import type { AuthProfile } from '../auth/profile.ts';
import type { HttpRequest } from '../jira/http-request.ts';
import type { WorkerDeps } from './deps.ts';

/** Sends Jira requests as `profile`. When Atlassian no longer accepts the grant, the profile is
 *  marked "reconnect needed" with the reason, so every page shows it until the user reconnects. */
export function apiSendFor(deps: WorkerDeps, profile: AuthProfile): (request: HttpRequest) => Promise<Response> {
  const send = createAuthorizedSend({
    send: (request, token) => deps.http(request, token),
    tokens: deps.tokens,
    profileId: async () => profile.id,
    refusals: deps.siteRefusals,
  });
  return async (request) => {
    try {
      return await send(request);
    } catch (error) {
      if (error instanceof CodedError && error.code === 'reconnect_needed') {
        // The pages' first frames would show a sign-in that no longer works: gone with it.
        await Promise.all([
          markReconnectNeeded(deps.local, profile.id, error.message),
          deps.firstFrame.clear(),
          deps.optionsFrame.clear(),
        ]);
      }
      throw error;
    }
  };
}
