// Every failure the user can see is a CodedError. The UI switches on `code` (stable, part of the
// message protocol), never on `message` (human text that may change).
import * as z from 'zod/mini';

export const ERROR_CODES = [
  // Not signed in to Atlassian, or Atlassian no longer accepts our token.
  'not_connected',
  // The network failed before Atlassian answered (offline, DNS, TLS, dropped connection).
  'network',
  // A page's message got no answer from the worker: it stopped or restarted underneath the page, or
  // missed the message's deadline (lib/messaging/client.ts). What it was doing may have happened.
  'no_answer',
  // Atlassian took the request but did not answer within the request deadline (lib/jira/client.ts).
  // Not sent again by itself: the user sees it at once, with Try again.
  'timeout',
  // Atlassian asked us to slow down (HTTP 429); `retryAfterMs` says how long.
  'rate_limited',
  // Atlassian answered 5xx.
  'server_error',
  // An answer we could not parse with its schema.
  'bad_response',
  // Jira refused the request and said why (HTTP 4xx with an ErrorCollection).
  'jira_rejected',
  // A message between our own pages and the worker that fails its schema.
  'bad_message',
  // A message from somewhere other than this extension's own pages.
  'forbidden_sender',
  // Stored data that no migration could turn into the current shape.
  'bad_storage',
  // Sign-in: the callback's state is not one we issued (forged, replayed or from another flow).
  'state_mismatch',
  // Sign-in: the callback's state was ours but older than 10 minutes.
  'state_expired',
  // Sign-in: the callback carried no state, so it cannot be tied to a sign-in we started.
  'state_missing',
  // Sign-in: the callback carried no authorization code.
  'code_missing',
  // Sign-in: the callback did not come back to our exact redirect URI (origin and path).
  'redirect_mismatch',
  // Sign-in: the callback repeated code, state or error, which makes it ambiguous.
  'duplicate_parameter',
  // Sign-in: the user declined access on Atlassian's consent page; the UI offers to retry.
  'access_denied',
  // Sign-in: Atlassian's authorization page reported another error (message has its description).
  'authorization_failed',
  // Sign-in: the user closed the authorization window before finishing.
  'user_cancelled',
  // Token endpoint: the code or refresh token is unknown, used, expired or revoked.
  'invalid_grant',
  // Token endpoint: the profile's client ID or secret is wrong (or the secret is missing).
  'client_auth_failed',
  // Token endpoint: the request itself was refused (invalid_request, unsupported_grant_type, …).
  'token_request_failed',
  // Atlassian no longer accepts a profile's sign-in; the user must connect again.
  'reconnect_needed',
  // The site answered 401 even to a fresh token: it is not part of this sign-in.
  'site_not_in_grant',
  // Profile form: a required field is empty.
  'field_required',
  // Profile form: an endpoint URL is not https (plain http only on loopback).
  'https_required',
  // Profile form: an endpoint URL cannot be parsed or has parts an endpoint must not have.
  'invalid_url',
  // Profile form: a scope contains characters OAuth scopes cannot have.
  'invalid_scope',
  // Profile form: a field the organization's policy locked was sent with another value.
  'field_locked',
  // The organization's policy does not allow this (a profile of the user's own, when it allows
  // only its own sign-in profile).
  'policy_forbids',
  // Issue form: a label contains spaces, which Jira labels cannot have.
  'invalid_label',
  // Issue form: a date (yyyy-MM-dd) or date-time that is not a real one.
  'invalid_date',
  // Issue form: a number field holds something that is not a number.
  'invalid_number',
  // Issue form: a single-line text is longer than Jira allows (255 characters).
  'text_too_long',
  // An issue key or link the user typed that is not one (issue key field, omnibox, paste).
  'invalid_issue_key',
  // Jira answered 404 for an issue: it does not exist, or the user may not see it.
  'issue_not_found',
  // Jira answered 403: the user lacks a project permission (create, edit, delete, ...).
  'permission_denied',
  // Delete refused because the issue has sub-tasks and deleting them too was not asked for.
  'has_subtasks',
  // A create whose answer never came, and no issue it could have made was found: it may or may
  // not exist. It is not sent again by itself; the user checks Jira first.
  'create_unconfirmed',
  // Templates: a template breaks a rule (name, lengths, project key, unknown variable, count).
  'template_invalid',
  // storage.sync refused or would refuse a write: an item or the area over its quota, or too
  // many writes per minute.
  'sync_quota',
  'unknown',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as it crosses the message protocol (a reply envelope, lib/messaging/envelope.ts). */
export const errorPayloadSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** Milliseconds to wait before trying again, for `rate_limited`. */
  retryAfterMs: z.optional(z.number()),
  /** Jira's per-field messages (ErrorCollection.errors), for `jira_rejected`. */
  fieldErrors: z.optional(z.record(z.string(), z.string())),
  /** HTTP status when the error came from an answer. */
  status: z.optional(z.number()),
  /** Jira's or Atlassian's own words about the failure (ErrorCollection messages, an OAuth
   *  error_description), shown as they are: Jira answers in the user's language. */
  remoteMessage: z.optional(z.string()),
});
export type ErrorPayload = z.infer<typeof errorPayloadSchema>;

export class CodedError extends Error {
  readonly code: ErrorCode;
  readonly details: Omit<ErrorPayload, 'code' | 'message'>;

  constructor(code: ErrorCode, message: string, details: Omit<ErrorPayload, 'code' | 'message'> = {}) {
    super(message);
    this.name = 'CodedError';
    this.code = code;
    this.details = details;
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message, ...this.details };
  }

  static fromPayload(payload: ErrorPayload): CodedError {
    const { code, message, ...details } = payload;
    return new CodedError(code, message, details);
  }
}

/** Whatever a request threw, as a CodedError the UI can switch on; unexpected throws are `unknown`. */
export function asCodedError(error: unknown): CodedError {
  if (error instanceof CodedError) return error;
  const message = error instanceof Error && error.message ? error.message : 'Something went wrong.';
  return new CodedError('unknown', message);
}

/** Anything thrown becomes a payload; unexpected throws are `unknown`, never a crash. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof CodedError) return error.toPayload();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'unknown', message: message || 'Something went wrong.' };
}
