import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../../../lib/jira/error-from-response.ts';

const NOW = Date.parse('2026-11-23T12:00:00Z');

function response(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });
}

describe('errors from Jira answers', () => {
  it('maps the gateway 401 to not_connected', async () => {
    const error = await errorFromResponse(response(401, { code: 401, message: 'Unauthorized' }), NOW);
    expect(error.code).toBe('not_connected');
  });

  it('reads Retry-After seconds on a 429', async () => {
    const error = await errorFromResponse(response(429, {}, { 'Retry-After': '7' }), NOW);
    expect(error).toMatchObject({ code: 'rate_limited', details: { retryAfterMs: 7000, status: 429 } });
    expect(error.message).toContain('7 s');
  });

  it('falls back to X-RateLimit-Reset when there is no Retry-After', async () => {
    const error = await errorFromResponse(response(429, {}, { 'X-RateLimit-Reset': '2026-11-23T12:00:30Z' }), NOW);
    expect(error.details.retryAfterMs).toBe(30_000);
  });

  it('says 5xx is Jira’s problem', async () => {
    expect((await errorFromResponse(response(503, 'Service Unavailable'), NOW)).code).toBe('server_error');
  });

  it('keeps Jira’s own messages and per-field errors for a refused request', async () => {
    const error = await errorFromResponse(
      response(400, { errorMessages: [], errors: { customfield_10050: 'Severity is required.' } }),
      NOW,
    );
    expect(error).toMatchObject({
      code: 'jira_rejected',
      details: { fieldErrors: { customfield_10050: 'Severity is required.' }, status: 400 },
    });
    const notFound = await errorFromResponse(
      response(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} }),
      NOW,
    );
    expect(notFound.message).toBe('Issue does not exist or you do not have permission to see it.');
  });

  it('still gives a clear message when the body is not JSON', async () => {
    const error = await errorFromResponse(response(403, '<html>Forbidden</html>'), NOW);
    expect(error).toMatchObject({ code: 'jira_rejected', message: 'Jira refused the request (HTTP 403).' });
  });
});
