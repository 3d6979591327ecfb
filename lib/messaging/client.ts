import { CodedError } from '../errors.ts';
import { replyEnvelopeSchema } from './envelope.ts';
import type { MessageType, ReplyOf, RequestOf } from './protocol.ts';
import { replySchemaOf } from './reply-schemas.ts';

export type Transport = (message: unknown) => Promise<unknown>;

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
      raw = await transport({ type, payload });
    } catch {
      // The worker was restarting or the extension was reloaded underneath this page.
      throw new CodedError('unknown', 'The extension did not answer. Close and reopen this window.');
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
