import type * as z from 'zod/mini';
import { CodedError } from '../errors.ts';
import { errorFromResponse } from './error-from-response.ts';

/** Every reply from Jira is parsed by its operation's schema before anything else reads it. */
export async function processJsonResponse<T extends z.ZodMiniType>(
  response: Response,
  schema: T,
  what: string,
): Promise<z.infer<T>> {
  if (!response.ok) throw await errorFromResponse(response);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new CodedError('bad_response', `Jira's answer to ${what} was not JSON.`, { status: response.status });
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new CodedError('bad_response', `Jira's answer to ${what} had an unexpected shape.`, {
      status: response.status,
    });
  }
  return result.data;
}
