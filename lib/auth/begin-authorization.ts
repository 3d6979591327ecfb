// The start of a sign-in: a fresh state and the consent page's address. The caller opens it with
// identity.launchWebAuthFlow and hands the URL it finishes on to completeAuthorization.
import { authorizeUrl } from './authorize-url.ts';
import type { AuthProfile } from './profile.ts';
import { createAuthState, type AuthStateDeps } from './state.ts';

/** The consent page's address, and the state it carries: completeAuthorization takes only an answer
 *  that brings this state back, not another sign-in's. */
export async function beginAuthorization(
  deps: AuthStateDeps,
  profile: AuthProfile,
  redirectUri: string,
): Promise<{ url: string; state: string }> {
  const state = await createAuthState(deps, profile.id);
  return { url: authorizeUrl(profile, redirectUri, state), state };
}
