import { describe, expect, it } from 'vitest';
import { codeExchangeRequest, processTokenResponse, refreshRequest } from '../../../lib/auth/token-request.ts';
import { jsonResponse, REDIRECT, rejection, testProfile, tokenBody } from './helpers.ts';

const NOW = 1_000_000;

describe('token requests', () => {
  it('exchange a code at the token URL, once', () => {
    expect(codeExchangeRequest(testProfile(), 's3cret', 'c0de', REDIRECT)).toEqual({
      method: 'POST',
      url: 'https://auth.atlassian.com/oauth/token',
      body: { grant_type: 'authorization_code', client_id: 'client-1', client_secret: 's3cret', code: 'c0de', redirect_uri: REDIRECT },
      idempotent: false,
    });
  });

  it('refresh at the refresh URL, once', () => {
    expect(refreshRequest(testProfile({ refreshUrl: 'https://broker.example.com/refresh' }), 's3cret', 'r1')).toEqual({
      method: 'POST',
      url: 'https://broker.example.com/refresh',
      body: { grant_type: 'refresh_token', client_id: 'client-1', client_secret: 's3cret', refresh_token: 'r1' },
      idempotent: false,
    });
  });
});

describe('token responses', () => {
  it('become a token set with an absolute expiry', async () => {
    await expect(processTokenResponse(jsonResponse(tokenBody(1)), NOW)).resolves.toEqual({
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
      expiresAt: NOW + 3_600_000,
      scope: ['read:jira-work', 'offline_access'],
    });
  });

  it('may lack a refresh token, scope and expires_in, and say "bearer" in any case', async () => {
    const tokens = await processTokenResponse(
      jsonResponse({ access_token: 'a', token_type: 'bearer' }),
      NOW,
    );
    expect(tokens).toEqual({ accessToken: 'a', expiresAt: NOW + 3_600_000, scope: [] });
  });

  const text = (body: string, status = 200, headers: Record<string, string> = {}) => new Response(body, { status, headers });
  it.each([
    ['not JSON', text('<html>proxy</html>'), 'bad_response'],
    ['missing access_token', jsonResponse(tokenBody(1, { access_token: undefined })), 'bad_response'],
    ['an empty access_token', jsonResponse(tokenBody(1, { access_token: '' })), 'bad_response'],
    ['token_type mac', jsonResponse(tokenBody(1, { token_type: 'mac' })), 'bad_response'],
    ['missing token_type', jsonResponse(tokenBody(1, { token_type: undefined })), 'bad_response'],
    ['negative expires_in', jsonResponse(tokenBody(1, { expires_in: -5 })), 'bad_response'],
    ['expires_in as text', jsonResponse(tokenBody(1, { expires_in: '3600' })), 'bad_response'],
    ['an array', jsonResponse([tokenBody(1)]), 'bad_response'],
    ['403 invalid_grant', jsonResponse({ error: 'invalid_grant', error_description: 'Unknown or invalid refresh token.' }, 403), 'invalid_grant'],
    ['400 invalid_grant (RFC 6749)', jsonResponse({ error: 'invalid_grant' }, 400), 'invalid_grant'],
    ['401 access_denied', jsonResponse({ error: 'access_denied', error_description: 'Unauthorized' }, 401), 'client_auth_failed'],
    ['400 invalid_client', jsonResponse({ error: 'invalid_client' }, 400), 'client_auth_failed'],
    ['400 unsupported_grant_type', jsonResponse({ error: 'unsupported_grant_type' }, 400), 'token_request_failed'],
    ['400 invalid_request', jsonResponse({ error: 'invalid_request', error_description: 'code is required' }, 400), 'token_request_failed'],
    ['404 without a body', text('', 404), 'token_request_failed'],
    ['429 with Retry-After', text('', 429, { 'Retry-After': '7' }), 'rate_limited'],
    ['503', text('<html>down</html>', 503), 'server_error'],
    ['500 with an OAuth body', jsonResponse({ error: 'server_error' }, 500), 'server_error'],
  ])('map %s to its own code', async (_name, response, code) => {
    expect((await rejection(processTokenResponse(response, NOW, 'Work'))).code).toBe(code);
  });

  it('say how long to wait after a 429', async () => {
    const error = await rejection(processTokenResponse(text('', 429, { 'Retry-After': '7' }), NOW));
    expect(error.details).toEqual({ status: 429, retryAfterMs: 7000 });
    expect(error.message).toBe('Atlassian asked us to wait 7 s before trying again.');
  });

  it('name the profile whose client ID or secret is wrong', async () => {
    const error = await rejection(processTokenResponse(jsonResponse({ error: 'access_denied' }, 401), NOW, 'Work'));
    expect(error.message).toBe('The client ID or secret of profile “Work” is wrong. Check them in the options.');
  });

  it('pass on what Atlassian said about a refused request', async () => {
    const error = await rejection(processTokenResponse(jsonResponse({ error: 'unsupported_grant_type', error_description: 'Unsupported grant type: x' }, 400), NOW));
    expect(error.message).toBe('Atlassian refused the sign-in request: Unsupported grant type: x');
  });

  it('never quote tokens in their messages', async () => {
    const error = await rejection(processTokenResponse(jsonResponse(tokenBody(1, { token_type: 'mac' })), NOW));
    expect(error.message).not.toContain('access-1');
    expect(error.message).not.toContain('refresh-1');
  });
});
