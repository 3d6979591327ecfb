import { CodedError, toErrorPayload } from '../errors.ts';
import { isOwnPage, type MessageSender } from './own-page.ts';
import { envelopeSchema, protocol, type MessageType, type ReplyEnvelope, type ReplyOf, type RequestOf } from './protocol.ts';

export { isOwnPage, type MessageSender } from './own-page.ts';

export type Handlers = { [T in MessageType]: (payload: RequestOf<T>) => Promise<ReplyOf<T>> };

export interface ServerOptions {
  extensionId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/` (runtime.getURL('/')). */
  extensionOrigin: string;
  /** Resolves once storage is in its current shape (storage/migration-gate.ts); while it rejects,
   *  every message is answered with that error, so the page can say what is wrong. */
  ready?: () => Promise<unknown>;
}

/** Validates sender and message, runs the handler, and always answers with a reply envelope. */
export function createMessageServer(handlers: Handlers, options: ServerOptions) {
  return async (message: unknown, sender: MessageSender): Promise<ReplyEnvelope> => {
    try {
      if (!isOwnPage(sender, options.extensionId, options.extensionOrigin)) {
        throw new CodedError('forbidden_sender', 'Messages are accepted only from this extension’s pages.');
      }
      await options.ready?.();
      const envelope = envelopeSchema.safeParse(message);
      if (!envelope.success) throw new CodedError('bad_message', 'The message had an unknown type or shape.');
      const type = envelope.data.type;
      const request = protocol[type].request.safeParse(envelope.data.payload ?? {});
      if (!request.success) throw new CodedError('bad_message', `The "${type}" message had a malformed payload.`);
      const handler = handlers[type] as (payload: unknown) => Promise<unknown>;
      const value = await handler(request.data);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toErrorPayload(error) };
    }
  };
}
