import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { systemApp } from '../lib/auth/system-profile.ts';
import { createMessageServer } from '../lib/messaging/server.ts';
import { waitNotice } from '../lib/messaging/wait-notice.ts';
import { tabAction } from '../lib/omnibox/suggestions.ts';
import { createMigrationGate } from '../lib/storage/migration-gate.ts';
import { localMigrations, syncMigrations } from '../lib/storage/migrations.ts';
import { createCaptureMenus, onCaptureClick } from '../lib/worker/capture-click.ts';
import { createOmnibox } from '../lib/worker/omnibox.ts';
import { pickIssues, selectedSite } from '../lib/worker/omnibox-jira.ts';
import { WATCH_ALARM } from '../lib/worker/watch-platform.ts';
import { createWatcher, type Watcher } from '../lib/worker/watcher.ts';
import { wireWorker } from '../lib/worker/wire-worker.ts';

/** The names in public/_locales/en/messages.json, as WXT generates them. */
type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

// Wiring only: browser events in, lib/ does the work.
export default defineBackground(() => {
  // Every event waits for storage to be in the current shape; a failed migration is tried again.
  const ready = createMigrationGate([
    { name: 'local', area: browser.storage.local, migrations: localMigrations },
    { name: 'synced', area: browser.storage.sync, migrations: syncMigrations },
  ]);

  // The built-in app, from the build's environment (README, "System app").
  const system = systemApp({
    clientId: import.meta.env.WXT_SYSTEM_CLIENT_ID,
    tokenBrokerUrl: import.meta.env.WXT_SYSTEM_TOKEN_BROKER_URL,
    clientSecret: import.meta.env.WXT_SYSTEM_CLIENT_SECRET,
    embedSecret: import.meta.env.WXT_SYSTEM_EMBED_SECRET,
  });
  const local = browser.storage.local;
  const now = () => Date.now();
  const pageUrl = (path: string) => browser.runtime.getURL(path as '/');
  const openWindow = (url: string) => browser.windows.create({ url, type: 'popup', width: 480, height: 640 });
  const setBadge = async (text: string) => {
    await browser.action.setBadgeText({ text });
  };
  const { deps, handlers } = wireWorker(
    {
      local,
      session: browser.storage.session,
      sync: browser.storage.sync,
      fetch: (input, init) => fetch(input, init),
      readManaged: () => browser.storage.managed.get(),
      watchStorage: (listener) => browser.storage.onChanged.addListener(listener),
      system,
      launchWebAuthFlow: (url) => browser.identity.launchWebAuthFlow({ url, interactive: true }),
      redirectUri: browser.identity.getRedirectURL(),
      now,
      openWindow,
      pageUrl,
    },
    {
      // Open pages show the wait; with none open, nobody receives it and sendMessage rejects.
      onWait: (ms) => void browser.runtime.sendMessage(waitNotice(now() + ms)).catch(() => {}),
      // A service worker has navigator.onLine too. https://developer.mozilla.org/en-US/docs/Web/API/WorkerNavigator/onLine
      offline: () => !navigator.onLine,
    },
    // The watcher is made below, once `deps` exists; pages can only ask after this function ran.
    { settingsChanged: async () => watcher.ensureAlarm(), setBadge, exclusive: (work) => watcher.exclusive(work) },
  );
  const server = createMessageServer(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    ready,
  });

  // The reply is the promise the listener returns, as webextension-polyfill (which wxt/browser is
  // in the worker, wxt.config.ts) and Firefox have it, though Chrome's types say void:
  // https://github.com/mozilla/webextension-polyfill#using-runtimeonmessage
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message, sender) => server(message, sender));

  // The browser's texts in its language (public/_locales); lib/ gets this function, not the API.
  // WXT types getMessage with the message names; lib/ names them as strings, and
  // test/lib/i18n/locales.test.ts checks that each one it names exists.
  const t = (key: string, substitutions?: string[]) => browser.i18n.getMessage(key as MessageName, substitutions);

  // Watches: the alarm polls Jira, notifications say what changed, the badge counts it. Only
  // title and message (and Chrome's contextMessage) are used: Firefox has no buttons or
  // requireInteraction. https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/notifications/NotificationOptions
  const watcher: Watcher = createWatcher(deps, {
    t,
    language: browser.i18n.getUILanguage(),
    notify: async (id, { title, message, context }) => {
      await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title,
        // Firefox has no contextMessage: who changed it goes under the summary there.
        message: context && import.meta.env.FIREFOX ? `${message}\n${context}` : message,
        ...(context && !import.meta.env.FIREFOX ? { contextMessage: context } : {}),
      });
    },
    setBadge,
    setAlarm: async (minutes) => {
      if (minutes === undefined) await browser.alarms.clear(WATCH_ALARM);
      else await browser.alarms.create(WATCH_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
    },
    alarmPeriod: async () => (await browser.alarms.get(WATCH_ALARM))?.periodInMinutes,
    openTab: (url) => browser.tabs.create({ url }),
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCH_ALARM) void ready().then(() => watcher.tick());
  });
  browser.notifications.onClicked.addListener((id) => {
    // Read once it was clicked; what it said stays in the popup's Activity.
    void browser.notifications.clear(id);
    void ready().then(() => watcher.clicked(id));
  });
  // An alarm survives a worker's stop but not always an update or a browser restart; the badge
  // does not survive a restart.
  browser.runtime.onStartup.addListener(() => void ready().then(() => watcher.started()));

  // Create from selection: two context-menu items, made on install and update (they persist).
  // https://developer.chrome.com/docs/extensions/reference/api/contextMenus#method-create
  browser.runtime.onInstalled.addListener(() => {
    void createCaptureMenus(browser.contextMenus, t);
    void ready().then(() => watcher.ensureAlarm());
  });
  browser.contextMenus.onClicked.addListener((info, tab) =>
    void ready().then(() =>
      onCaptureClick(
        {
          local,
          now,
          newId: () => crypto.randomUUID(),
          readSelection: async (tabId, frameId) => {
            const [first] = await browser.scripting.executeScript({
              target: { tabId, frameIds: [frameId] },
              func: () => globalThis.getSelection()?.toString() ?? '',
            });
            return first?.result;
          },
          openWindow,
          pageUrl,
        },
        info,
        tab,
      ),
    ),
  );

  // The `jira` keyword in the address bar. Firefox shows suggestion descriptions as plain text;
  // Chrome reads them as XML.
  const omnibox = createOmnibox({
    format: import.meta.env.FIREFOX ? 'plain' : 'xml',
    t,
    site: () => selectedSite(deps),
    pick: (siteId, query) => pickIssues(deps, siteId, query),
    setDefault: (description) => void browser.omnibox.setDefaultSuggestion({ description }),
    open: async (url, disposition) => {
      const action = tabAction(disposition, url);
      if ('update' in action) await browser.tabs.update(action.update);
      else await browser.tabs.create(action.create);
    },
    pageUrl,
    now,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  });
  browser.omnibox.onInputChanged.addListener((text, suggest) => void ready().then(() => omnibox.inputChanged(text, suggest)));
  browser.omnibox.onInputCancelled.addListener(() => omnibox.inputCancelled());
  browser.omnibox.onInputEntered.addListener((text, disposition) => void ready().then(() => omnibox.inputEntered(text, disposition)));
});
