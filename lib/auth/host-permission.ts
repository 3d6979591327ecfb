// The worker may fetch only hosts it has permission for. The manifest grants Atlassian's auth
// server and API gateway; a profile whose token endpoint is elsewhere (a token broker, a local
// test server) needs that origin granted at run time (permissions.request from the options page).
// https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns

/** Origins in the manifest's host_permissions (wxt.config.ts). */
const GRANTED_HOSTS = new Set(['auth.atlassian.com', 'api.atlassian.com']);

/** Match patterns for the endpoints the worker fetches that the manifest does not cover. The port
 *  is left out: Firefox match patterns cannot carry one, and without it any port matches. */
export function hostPermissionsFor(urls: readonly URL[]): string[] {
  const patterns = urls
    .filter((url) => !(url.protocol === 'https:' && GRANTED_HOSTS.has(url.hostname)))
    .map((url) => `${url.protocol}//${url.hostname}/*`);
  return [...new Set(patterns)];
}
