import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createJiraClient } from '../lib/jira/client.ts';
import { createMessageServer } from '../lib/messaging/server.ts';
import { migrate } from '../lib/storage/migrate.ts';
import { localMigrations } from '../lib/storage/migrations.ts';
import { createHandlers } from '../lib/worker/handlers.ts';

// Wiring only: browser events in, lib/ does the work.
export default defineBackground(() => {
  // Every event waits for storage to be in the current shape; a worker woken by a message after a
  // restart or an update must not read data in an older shape.
  const ready = migrate(browser.storage.local, localMigrations);

  const send = createJiraClient({
    fetch: (input, init) => fetch(input, init),
    // Sign-in arrives with the auth profiles; until then no token is ever held.
    getAccessToken: async () => null,
  });
  const server = createMessageServer(createHandlers({ send }), {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });

  browser.runtime.onMessage.addListener(async (message, sender) => {
    await ready;
    return server(message, sender);
  });
});
