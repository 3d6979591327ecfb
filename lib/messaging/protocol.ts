// The one protocol between the extension's pages and its worker. Both directions are parsed with
// these schemas: a page never trusts a reply's shape, and the worker never trusts a request's.
// Each feature declares its messages in its own file; this one joins them for the worker. Pages
// read replies through reply-schemas.ts: what the first screen needs (session, create) comes with
// the page, the rest (later-messages.ts) loads with the first message that needs it.
import * as z from 'zod/mini';
import { createMessages } from './create-messages.ts';
import { laterMessages } from './later-messages.ts';
import { sessionMessages } from './session-messages.ts';

export type { ReplyEnvelope } from './envelope.ts';

/** Request payload and reply value schemas, by message type. */
export const protocol = { ...sessionMessages, ...createMessages, ...laterMessages } as const;

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.infer<(typeof protocol)[T]['request']>;
export type ReplyOf<T extends MessageType> = z.infer<(typeof protocol)[T]['reply']>;

export const envelopeSchema = z.object({
  type: z.enum(Object.keys(protocol) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});
