import { CodedError } from '../errors.ts';
import { replyEnvelopeSchema } from './envelope.ts';
import type { MessageType, ReplyOf, RequestOf } from './protocol.ts';
import { replySchemaOf } from './reply-schemas.ts';

export type Transport = (message: unknown) => Promise<unknown>;

/**
 * How long a page waits for the worker's answer. Every request the worker sends has its own 20 s
 * deadline (lib/jira/client.ts), and reads are sent at most 3 times with at most two honoured
 * Retry-After waits of up to 60 s (lib/jira/rate-limit.ts): 4 minutes is longer than any answer
 * that is still coming, so this fires only for a worker that will never answer.
 */
export const MESSAGE_DEADLINE_MS = 4 * 60_000;
/** Signing in waits for the user on Atlassian's consent page; its state lives 10 minutes
 *  (lib/auth/state.ts), so no answer after 15 is ever coming. */
export const CONNECT_DEADLINE_MS = 15 * 60_000;

const deadlineOf = (type: MessageType) => (type === 'auth.connect' ? CONNECT_DEADLINE_MS : MESSAGE_DEADLINE_MS);

/** The worker's answer, or `no_answer` once the message's deadline has passed. */
async function within<T>(answer: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('deadline')), ms);
  });
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The page side: sends a typed request and returns the parsed reply, or throws its CodedError. */
export function createMessageClient(transport: Transport) {
  return async function request<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ReplyOf<T>> {
    // The reply's schema may still be loading (reply-schemas.ts): fetch it alongside the answer.
    const schema = replySchemaOf(type).catch(() => {
      throw new CodedError('unknown', 'Part of the extension could not be loaded. Close and reopen this window.');
    });
    schema.catch(() => {}); // awaited below; this keeps an early failure from going unhandled
    let raw: unknown;
    try {
      raw = await within(transport({ type, payload }), deadlineOf(type));
    } catch {
      // The worker stopped or restarted underneath this page (Chrome then rejects at once), the
      // extension was reloaded, or the deadline passed.
      throw new CodedError('no_answer', 'The extension did not answer. Try again, or close and reopen this window.');
    }
    const envelope = replyEnvelopeSchema.safeParse(raw);
    if (!envelope.success) throw new CodedError('bad_message', 'The extension sent a malformed reply.');
    if (!envelope.data.ok) throw CodedError.fromPayload(envelope.data.error);
    const value = (await schema).safeParse(envelope.data.value);
    if (!value.success) throw new CodedError('bad_message', `The extension's "${type}" reply had an unexpected shape.`);
    return value.data as ReplyOf<T>;
  };
}

export type MessageClient = ReturnType<typeof createMessageClient>;
