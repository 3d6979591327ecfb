// Every failure the user can see is a CodedError. The UI switches on `code` (stable, part of the
// message protocol), never on `message` (human text that may change).

export const ERROR_CODES = [
  // Not signed in to Atlassian, or Atlassian no longer accepts our token.
  'not_connected',
  // The network failed before Atlassian answered (offline, DNS, TLS, dropped connection).
  'network',
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
  'unknown',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  /** Milliseconds to wait before trying again, for `rate_limited`. */
  retryAfterMs?: number;
  /** Jira's per-field messages (ErrorCollection.errors), for `jira_rejected`. */
  fieldErrors?: Record<string, string>;
  /** HTTP status when the error came from an answer. */
  status?: number;
}

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

/** Anything thrown becomes a payload; unexpected throws are `unknown`, never a crash. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof CodedError) return error.toPayload();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'unknown', message: message || 'Something went wrong.' };
}
