import { CodedError } from '../errors.ts';
import type { HttpRequest } from '../jira/http-request.ts';

/** Sends a token request once; a sender that fails without an answer becomes `network`. */
export async function sendTokenRequest(
  send: (request: HttpRequest) => Promise<Response>,
  request: HttpRequest,
): Promise<Response> {
  try {
    return await send(request);
  } catch (error) {
    if (error instanceof CodedError) throw error;
    throw new CodedError('network', 'Could not reach Atlassian. Check your connection and try again.');
  }
}
