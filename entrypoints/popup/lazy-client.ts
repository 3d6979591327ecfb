// The popup's message client, loaded with its first message: with the first frame
// (components/popup/first-frame-start.ts), the first render sends none, so the client, its reply
// envelopes and its schemas' lookup load right after it instead of before (README "Performance").
import type { MessageClient, Transport } from '../../lib/messaging/client.ts';

export function lazyMessageClient(transport: Transport): MessageClient {
  let client: Promise<MessageClient> | undefined;
  return (type, payload) => {
    client ??= import('../../lib/messaging/client.ts').then(({ createMessageClient }) => createMessageClient(transport));
    return client.then((request) => request(type, payload));
  };
}
