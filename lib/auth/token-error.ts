// A failed answer of the token endpoint as the error the user sees. Error bodies are
// {error, error_description} (RFC 6749 §5.2); Atlassian's statuses: lib/ATLASSIAN.md#token-errors.
// https://www.rfc-editor.org/rfc/rfc6749#section-5.2
import * as z from 'zod/mini';
import { CodedError } from '../errors.ts';
import { readErrorBody } from '../jira/error-body.ts';
import { retryAfterMs } from '../jira/retry-after.ts';

const errorBodySchema = z.object({
  error: z.optional(z.string()),
  error_description: z.optional(z.string()),
});

export async function tokenErrorFromResponse(response: Response, now: number, profileName: string): Promise<CodedError> {
  const status = response.status;
  const body = await readErrorBody(response, errorBodySchema);
  const wait = retryAfterMs(response.headers, now);
  const waitDetails = wait === undefined ? {} : { retryAfterMs: wait };

  if (status === 429) {
    const seconds = wait === undefined ? undefined : Math.ceil(wait / 1000);
    return new CodedError(
      'rate_limited',
      seconds === undefined
        ? 'Atlassian is busy. Try again shortly.'
        : `Atlassian asked us to wait ${seconds} s before trying again.`,
      { status, ...waitDetails },
    );
  }
  if (status >= 500) {
    return new CodedError('server_error', `Atlassian's sign-in service had a problem (HTTP ${status}). Try again in a moment.`, {
      status,
      ...waitDetails,
    });
  }
  // Invalid, reused, expired or revoked code or refresh token: Atlassian answers 403, the RFC 400.
  if (body.error === 'invalid_grant') {
    return new CodedError('invalid_grant', `Atlassian no longer accepts this sign-in: ${describe(body, status)}`, { status, ...said(body) });
  }
  // A wrong client secret: Atlassian answers 401 access_denied, the RFC invalid_client
  // (lib/ATLASSIAN.md#token-errors).
  if (status === 401 || body.error === 'access_denied' || body.error === 'invalid_client') {
    return new CodedError(
      'client_auth_failed',
      `The client ID or secret of profile “${profileName}” is wrong. Check them in the options.`,
      { status },
    );
  }
  return new CodedError('token_request_failed', `Atlassian refused the sign-in request: ${describe(body, status)}`, { status, ...said(body) });
}

function describe(body: z.infer<typeof errorBodySchema>, status: number): string {
  const text = body.error_description || body.error || `HTTP ${status}`;
  return text.slice(0, 300);
}

/** Atlassian's own description, for the page to show after its own words (lib/i18n/error-text.ts). */
function said(body: z.infer<typeof errorBodySchema>): { remoteMessage?: string } {
  const text = (body.error_description || body.error || '').slice(0, 300);
  return text ? { remoteMessage: text } : {};
}
