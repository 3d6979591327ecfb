import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createTokenProvider } from '../lib/auth/access-token.ts';
import { systemApp } from '../lib/auth/system-profile.ts';
import { createHttpSender } from '../lib/jira/client.ts';
import { createMessageServer } from '../lib/messaging/server.ts';
import { waitNotice } from '../lib/messaging/wait-notice.ts';
import { migrate } from '../lib/storage/migrate.ts';
import { localMigrations } from '../lib/storage/migrations.ts';
import { createHandlers } from '../lib/worker/handlers.ts';
import { createProfileRegistry } from '../lib/worker/profile-registry.ts';

// Wiring only: browser events in, lib/ does the work.
export default defineBackground(() => {
  // Every event waits for storage to be in the current shape; a worker woken by a message after a
  // restart or an update must not read data in an older shape.
  const ready = migrate(browser.storage.local, localMigrations);

  // The built-in app, from the build's environment (README, "System app").
  const system = systemApp({
    clientId: import.meta.env.WXT_SYSTEM_CLIENT_ID,
    tokenBrokerUrl: import.meta.env.WXT_SYSTEM_TOKEN_BROKER_URL,
    clientSecret: import.meta.env.WXT_SYSTEM_CLIENT_SECRET,
    embedSecret: import.meta.env.WXT_SYSTEM_EMBED_SECRET,
  });
  const local = browser.storage.local;
  const session = browser.storage.session;
  const registry = createProfileRegistry({
    local,
    readManaged: () => browser.storage.managed.get(),
    system,
  });
  const http = createHttpSender((input, init) => fetch(input, init));
  const now = () => Date.now();
  const tokens = createTokenProvider({
    send: (request) => http(request),
    now,
    local,
    session,
    getProfile: registry.get,
    getSecret: registry.getSecret,
  });
  const handlers = createHandlers(
    {
      local,
      session,
      registry,
      http,
      tokens,
      launchWebAuthFlow: (url) => browser.identity.launchWebAuthFlow({ url, interactive: true }),
      redirectUri: browser.identity.getRedirectURL(),
      now,
      randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
      newId: () => crypto.randomUUID(),
    },
    system.available ? undefined : system.reason,
    {
      // Open pages show the wait; with none open, nobody receives it and sendMessage rejects.
      onWait: (ms) => void browser.runtime.sendMessage(waitNotice(now() + ms)).catch(() => {}),
    },
  );
  const server = createMessageServer(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });

  browser.runtime.onMessage.addListener(async (message, sender) => {
    await ready;
    return server(message, sender);
  });
});
