import { accessibleResourcesRequest, processAccessibleResourcesResponse } from '../jira/accessible-resources.ts';
import type { SendRequest } from '../jira/client.ts';
import type { Handlers } from '../messaging/server.ts';

export interface HandlerDeps {
  send: SendRequest;
}

/** What the worker does for each message type: build the request, send it, process the answer. */
export function createHandlers({ send }: HandlerDeps): Handlers {
  return {
    'sites.list': async () => processAccessibleResourcesResponse(await send(accessibleResourcesRequest())),
  };
}
