// The one protocol between the extension's pages and its worker. Both directions are parsed with
// these schemas: a page never trusts a reply's shape, and the worker never trusts a request's.
// Each feature declares its messages in its own file; this one joins them.
import * as z from 'zod/mini';
import { ERROR_CODES } from '../errors.ts';
import { captureMessages } from './capture-messages.ts';
import { issueMessages } from './issue-messages.ts';
import { sessionMessages } from './session-messages.ts';

export const errorPayloadSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  retryAfterMs: z.optional(z.number()),
  fieldErrors: z.optional(z.record(z.string(), z.string())),
  status: z.optional(z.number()),
});

/** Request payload and reply value schemas, by message type. */
export const protocol = {
  ...sessionMessages,
  ...issueMessages,
  ...captureMessages,
} as const;

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.infer<(typeof protocol)[T]['request']>;
export type ReplyOf<T extends MessageType> = z.infer<(typeof protocol)[T]['reply']>;

export const envelopeSchema = z.object({
  type: z.enum(Object.keys(protocol) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});

export const replyEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: errorPayloadSchema }),
]);

export type ReplyEnvelope = z.infer<typeof replyEnvelopeSchema>;
