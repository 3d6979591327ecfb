import { describe, expect, it } from 'vitest';
import { protocol, type MessageType } from '../../../lib/messaging/protocol.ts';
import { replySchemaOf } from '../../../lib/messaging/reply-schemas.ts';

describe('reply schemas on the page side', () => {
  it.each(Object.keys(protocol) as MessageType[])('%s: the page checks the reply with the protocol’s own schema', async (type) => {
    expect(await replySchemaOf(type)).toBe(protocol[type].reply);
  });
});
