import { describe, expect, it, vi } from 'vitest';
import type { TokenProvider } from '../../../lib/auth/access-token.ts';
import { createSiteRefusals } from '../../../lib/auth/site-refusals.ts';
import { createAuthorizedSend } from '../../../lib/auth/with-auth.ts';
import { CodedError } from '../../../lib/errors.ts';
import type { HttpRequest } from '../../../lib/jira/http-request.ts';
import { accessibleResourcesRequest } from '../../../lib/jira/accessible-resources.ts';
import { jsonResponse, rejection } from './helpers.ts';

const request: HttpRequest = { method: 'POST', url: 'https://api.atlassian.com/ex/jira/c/rest/api/3/issue', body: {}, idempotent: false };
const unauthorized = () => jsonResponse({ code: 401, message: 'Unauthorized' }, 401);

function setup(answers: Array<() => Response>, forceRefresh: TokenProvider['forceRefresh'] = async () => 'token-2') {
  const tokens = {
    getAccessToken: vi.fn(async () => 'token-1'),
    forceRefresh: vi.fn(forceRefresh),
  };
  const send = vi.fn(async (_request: HttpRequest, _token: string) => {
    const next = answers.shift();
    if (!next) throw new Error('unexpected send');
    return next();
  });
  const authorizedSend = createAuthorizedSend({ send, tokens, profileId: async () => 'work', refusals: createSiteRefusals() });
  return { tokens, send, authorizedSend };
}

describe('authorized send', () => {
  it('sends with the profile’s token', async () => {
    const { send, tokens, authorizedSend } = setup([() => jsonResponse({ key: 'A-1' }, 201)]);
    expect((await authorizedSend(request)).status).toBe(201);
    expect(send.mock.calls).toEqual([[request, 'token-1']]);
    expect(tokens.getAccessToken).toHaveBeenCalledWith('work');
    expect(tokens.forceRefresh).not.toHaveBeenCalled();
  });

  it('on 401 refreshes once and sends once more with the new token', async () => {
    const { send, tokens, authorizedSend } = setup([unauthorized, () => jsonResponse({ key: 'A-1' }, 201)]);
    expect((await authorizedSend(request)).status).toBe(201);
    expect(tokens.forceRefresh.mock.calls).toEqual([['work', 'token-1']]);
    expect(send.mock.calls).toEqual([
      [request, 'token-1'],
      [request, 'token-2'],
    ]);
  });

  it('gives up after a second 401 from a site, with exactly two sends: the site is not in the sign-in', async () => {
    const { send, tokens, authorizedSend } = setup([unauthorized, unauthorized]);
    const error = await rejection(authorizedSend(request));
    expect(error.code).toBe('site_not_in_grant');
    expect(error.details.status).toBe(401);
    expect(send).toHaveBeenCalledTimes(2);
    expect(tokens.forceRefresh).toHaveBeenCalledTimes(1);
  });

  it('reports a fresh token refused outside a site as not connected', async () => {
    const { send, authorizedSend } = setup([unauthorized, unauthorized]);
    const error = await rejection(authorizedSend(accessibleResourcesRequest()));
    expect(error.code).toBe('not_connected');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('passes a failed refresh on as it is, without a second send', async () => {
    const { send, authorizedSend } = setup([unauthorized], async () => {
      throw new CodedError('reconnect_needed', 'Reconnect profile “Work”.');
    });
    expect((await rejection(authorizedSend(request))).code).toBe('reconnect_needed');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('leaves other statuses to the operation', async () => {
    const { authorizedSend } = setup([() => jsonResponse({ errorMessages: ['No'] }, 403)]);
    expect((await authorizedSend(request)).status).toBe(403);
  });
});
