// The envelopes every message travels in: the request names its type, the reply says ok with a
// value or carries a coded error. Apart from the protocol's schemas, so a page can read replies
// without loading every message's schema up front (reply-schemas.ts).
import * as z from 'zod/mini';
import { errorPayloadSchema } from '../errors.ts';

export const replyEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: errorPayloadSchema }),
]);

export type ReplyEnvelope = z.infer<typeof replyEnvelopeSchema>;
