import * as z from 'zod/mini';
import { CodedError } from '../errors.ts';
import { readErrorBody } from './error-body.ts';
import { retryAfterMs } from './retry-after.ts';

// Jira's error body (OpenAPI: ErrorCollection); the gateway's own 401 is {code, message}.
const errorCollectionSchema = z.object({
  errorMessages: z.optional(z.array(z.string())),
  errors: z.optional(z.record(z.string(), z.string())),
  message: z.optional(z.string()),
});

/** Turns a non-2xx answer into the CodedError the UI shows. */
export async function errorFromResponse(response: Response, now = Date.now()): Promise<CodedError> {
  const parsed = await readErrorBody(response, errorCollectionSchema);
  const status = response.status;
  const jiraMessage = [...(parsed.errorMessages ?? []), ...(parsed.message ? [parsed.message] : [])].join(' ');

  if (status === 401) {
    return new CodedError('not_connected', 'Not connected to Jira. Connect your Atlassian account to continue.', {
      status,
    });
  }
  if (status === 429) {
    const wait = retryAfterMs(response.headers, now);
    const seconds = wait === undefined ? undefined : Math.ceil(wait / 1000);
    return new CodedError(
      'rate_limited',
      seconds === undefined ? 'Jira is busy. Try again shortly.' : `Jira asked us to wait ${seconds} s before trying again.`,
      { status, ...(wait === undefined ? {} : { retryAfterMs: wait }) },
    );
  }
  if (status >= 500) {
    return new CodedError('server_error', `Jira had a problem (HTTP ${status}). Try again in a moment.`, { status });
  }
  return new CodedError('jira_rejected', jiraMessage || `Jira refused the request (HTTP ${status}).`, {
    status,
    ...(jiraMessage ? { remoteMessage: jiraMessage } : {}),
    ...(parsed.errors && Object.keys(parsed.errors).length > 0 ? { fieldErrors: parsed.errors } : {}),
  });
}
