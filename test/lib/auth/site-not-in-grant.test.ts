import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTokenProvider } from '../../../lib/auth/access-token.ts';
import { readSecret, saveSecret } from '../../../lib/auth/secret-store.ts';
import { saveTokenSet } from '../../../lib/auth/token-store.ts';
import { createSiteRefusals } from '../../../lib/auth/site-refusals.ts';
import { createAuthorizedSend } from '../../../lib/auth/with-auth.ts';
import type { HttpRequest } from '../../../lib/jira/http-request.ts';
import { getIssueRequest } from '../../../lib/jira/get-issue.ts';
import { unauthorized } from '../../sim/oauth/bearer.ts';
import type { Reply } from '../../sim/types.ts';
import { jsonResponse, rejection, testProfile, tokenBody } from './helpers.ts';

const NOW = 10_000_000;
const GRANTED = 'cloud-granted';
const ELSEWHERE = 'cloud-elsewhere';
const asResponse = (reply: Reply) => new Response(JSON.stringify(reply.body), { status: reply.status, headers: reply.headers ?? {} });

/** Atlassian as the simulator plays it: the token endpoint rotates tokens; the gateway answers
 *  a cloudId outside the grant, and any token but the current one, with its 401. */
function atlassian(options: { scopeMissing?: boolean } = {}) {
  let issued = 1;
  const log = { tokenRequests: 0, jiraRequests: 0 };
  const tokenEndpoint = async (_request: HttpRequest) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    log.tokenRequests += 1;
    issued += 1;
    return jsonResponse(tokenBody(issued));
  };
  const gateway = async (request: HttpRequest, token: string) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    log.jiraRequests += 1;
    if (token !== `access-${issued}` || request.url.includes(`/ex/jira/${ELSEWHERE}/`)) return asResponse(unauthorized());
    if (options.scopeMissing) return asResponse(unauthorized('Unauthorized; scope does not match', 'insufficient_scope'));
    return jsonResponse({ id: '10001', key: 'ABC-1', fields: {} });
  };
  return { log, tokenEndpoint, gateway };
}

describe('a site outside the grant', () => {
  const local = () => fakeBrowser.storage.local;
  const session = () => fakeBrowser.storage.session;

  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSecret(local(), 'work', 'secret-work');
    await saveTokenSet({ local: local(), session: session() }, 'work', {
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
      expiresAt: NOW + 3_600_000,
      scope: [],
    });
  });

  function worker(options: { scopeMissing?: boolean } = {}) {
    const sim = atlassian(options);
    const tokens = createTokenProvider({
      send: sim.tokenEndpoint,
      now: () => NOW,
      local: local(),
      session: session(),
      getProfile: async (id) => (id === 'work' ? testProfile({ id: 'work' }) : undefined),
      getSecret: (id) => readSecret(local(), id),
    });
    // A sender per call, as the worker's handlers build them, over the worker's one memory.
    const refusals = createSiteRefusals();
    const call = (cloudId: string) =>
      createAuthorizedSend({ send: sim.gateway, tokens, profileId: async () => 'work', refusals })(getIssueRequest(cloudId, 'ABC-1', { fields: [] }));
    return { sim, call };
  }

  it('refreshes once for a whole burst, and not again for the next burst', async () => {
    const { sim, call } = worker();
    const first = await Promise.all(Array.from({ length: 5 }, () => rejection(call(ELSEWHERE))));
    expect(first.map((e) => e.code)).toEqual(Array(5).fill('site_not_in_grant'));
    expect(first[0]?.message).toBe('This Jira site is not part of your sign-in. Reconnect and include it, or choose another site.');
    expect(sim.log.tokenRequests).toBe(1);
    // Five with the old token, and the fresh one tried once for all of them.
    expect(sim.log.jiraRequests).toBe(6);

    const before = sim.log.jiraRequests;
    const second = await Promise.all(Array.from({ length: 5 }, () => rejection(call(ELSEWHERE))));
    expect(second.map((e) => e.code)).toEqual(Array(5).fill('site_not_in_grant'));
    expect(sim.log.tokenRequests).toBe(1);
    // One request each, none sent again with the same token.
    expect(sim.log.jiraRequests - before).toBe(5);
  });

  it('keeps working with the sites the grant covers', async () => {
    const { sim, call } = worker();
    await rejection(call(ELSEWHERE));
    expect((await call(GRANTED)).status).toBe(200);
    expect(sim.log.tokenRequests).toBe(1);
  });

  it('does not blame the site for a missing scope', async () => {
    const { call } = worker({ scopeMissing: true });
    expect((await rejection(call(GRANTED))).code).toBe('not_connected');
  });
});
