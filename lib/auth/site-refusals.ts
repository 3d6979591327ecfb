// Which Jira sites refused a freshly refreshed token. The gateway answers a cloudId the grant does
// not cover (a site left out at consent, or one the user has left) with the same 401 as a bad
// token, so a refresh cannot help; without this memory every burst of calls to such a site would
// refresh again. It lives in memory and is keyed by token: after a reconnect the site is tried anew.
// https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/#3-2-get-the-cloudid-for-your-site
import { ATLASSIAN_API } from '../jira/http-request.ts';

const JIRA_PATH = /^\/ex\/jira\/([^/]+)\//;

/** The cloudId of an /ex/jira/{cloudId}/ request; undefined for Atlassian's other endpoints. */
export function siteOf(url: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.origin !== ATLASSIAN_API) return undefined;
  const cloudId = JIRA_PATH.exec(parsed.pathname)?.[1];
  return cloudId === undefined ? undefined : decodeURIComponent(cloudId);
}

/** A 401 that is about the token's authority, not a missing scope: RFC 6750 §3.1 names that one
 *  insufficient_scope, and Atlassian's gateway answers it with 401 too (refreshing does not help
 *  there either, but the site is not to blame). https://www.rfc-editor.org/rfc/rfc6750#section-3.1 */
export function refusedBySite(response: Response): boolean {
  return response.status === 401 && !/error="insufficient_scope"/.test(response.headers.get('WWW-Authenticate') ?? '');
}

interface Trial {
  token: string;
  refused: Promise<boolean>;
}

export interface SiteRefusals {
  /** Whether `site` refused this token of the profile: the trial's verdict, settled or under way;
   *  undefined when the token was never tried fresh there. */
  verdict(profileId: string, site: string, token: string): Promise<boolean> | undefined;
  /** The first answer of `site` to a freshly refreshed token. */
  record(profileId: string, site: string, token: string, answer: Promise<Response>): void;
}

/** One per worker (WorkerDeps.siteRefusals), shared by every sender it builds: the handlers build
 *  a sender for each call, and a burst of calls must share what the first one learned. */
export function createSiteRefusals(): SiteRefusals {
  const memory = new Map<string, Trial>();
  const key = (profileId: string, site: string) => `${profileId}\n${site}`;
  return {
    verdict(profileId, site, token) {
      const trial = memory.get(key(profileId, site));
      return trial?.token === token ? trial.refused : undefined;
    },
    record(profileId, site, token, answer) {
      memory.set(key(profileId, site), { token, refused: answer.then(refusedBySite, () => false) });
    },
  };
}
