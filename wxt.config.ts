import { defineConfig } from 'wxt';

// The public half of the key that pins the Chrome extension id to
// kgcfpfaikodlimniaiobimlmldeochnc, so the OAuth callback registered at Atlassian
// (https://<id>.chromiumapp.org/) is the same for every unpacked install and build.
// Use your own: README.md, "Your own extension id".
// https://developer.chrome.com/docs/extensions/reference/manifest/key
const CHROME_PUBLIC_KEY =
  process.env.QAJ_CHROME_KEY ??
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqk2Z/TINE+NzZRwd0L55kOb7CKhzFWtliiHNP4ZYkb8qMkIokQjwOm4+juMIpDGfHhgyE0Lgh5ay2gYsAOGHO2XV5JF7BkOWjtDiGP8KRknegaYvqz/yHEOwHHB3yHFtWrkrJ5/IlTMCC6Uiqj6dDaZnUau/YP9vVprnEKxBTWCpxLgk6ajw3GErkjiOSM46g44uKDQfTWKVubgl4wxe5KLGbpWRY6vPcDofC7AXj1TXEu4EXNf8tyjn12CCNWQ0rAezXq5F71Rv/B8MrWR6CKrV/z3Bqt01KA653c/at6ufyPhGjC7bXEOfGK0QxHXlaxxj+KOjeB1H2fR/Ouc7XQIDAQAB';

// Firefox derives the OAuth callback (https://<sha1 of this id>.extensions.allizom.org/) from it.
const GECKO_ID = 'quick-actions-for-jira@qaj.dev';

export default defineConfig({
  vite: () => ({
    build: {
      // Every file is local to the extension: preloading the chunks of a section before its
      // import() runs gains nothing, and the helper that does it would load with every page.
      modulePreload: false,
    },
  }),
  hooks: {
    // Preact and zod in one chunk that every page loads, instead of pieces split by which pages
    // share them: fewer, larger files compress better (the popup's size budget). The pages' text
    // lookup (lib/i18n/page-text.ts) and error text (error-text.ts) too: every page and most lazy
    // sections use them, and on their own they would be more small files before the popup is ready.
    // So do the error classes, the error notice, the offline status and the avatar every page shows,
    // the views of Jira's answers and the popup's first frame (lib/storage/first-frame.ts) that the
    // popup and the options page share, and Vite's helper for loading a section's code: otherwise
    // each is one more shared file before the popup is ready.
    // https://rolldown.rs/reference/outputoptions.codesplitting
    // Only in the pages' build: WXT builds the worker as one IIFE file (Vite's library mode), where
    // Vite turns code splitting off, and a codeSplitting set for every build would override that.
    'vite:build:extendConfig': (_entrypoints, config) => {
      const output = config.build?.rollupOptions?.output;
      if (config.build?.lib || !output || Array.isArray(output)) return;
      output.codeSplitting = { groups: [{ name: 'vendor', test: /node_modules[\\/](preact|zod)[\\/]|lib[\\/]i18n[\\/](page|error)-text|lib[\\/]errors\.ts|components[\\/]ui[\\/](ErrorNotice|OfflineStatus|useOnline|useRetryWhenOnline|RemoteImage)\.tsx?|lib[\\/]jira[\\/]views[\\/]|lib[\\/]storage[\\/]first-frame|preload-helper/ }] };
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  // `npm run demo` builds with the simulator's client as the built-in app; keep that build apart
  // from the one the tests and the stores get.
  ...(process.env.QAJ_DEMO_BUILD ? { outDirTemplate: 'demo-{{browser}}-mv{{manifestVersion}}' } : {}),
  manifest: ({ browser }) => ({
    // Texts the browser shows come from public/_locales/<lang>/messages.json (en, de, ja), in the
    // browser's language; English where it has none.
    // https://developer.chrome.com/docs/extensions/reference/api/i18n#localize
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // Least privilege: identity for the OAuth flow, storage for tokens, settings and drafts.
    // contextMenus: "Create Jira issue from selection / from this page".
    // activeTab + scripting: on that click only, read the selection with getSelection() in the
    // clicked tab, because the menu's selectionText loses line breaks; activeTab grants the tab
    // for that one click, so no host permission for web pages is needed (and none is shown).
    // https://developer.chrome.com/docs/extensions/develop/concepts/activeTab#invoking-activeTab
    // alarms + notifications: watches poll Jira at an interval and say what changed (README,
    // "Watches").
    permissions: ['identity', 'storage', 'contextMenus', 'activeTab', 'scripting', 'alarms', 'notifications'],
    // The only hosts the worker talks to: Atlassian's auth server and API gateway.
    // https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/
    host_permissions: ['https://auth.atlassian.com/*', 'https://api.atlassian.com/*'],
    // A custom OAuth profile may point at another https endpoint (a token broker, say);
    // the options page asks for that origin when the profile is saved.
    // Plain http only on loopback, for a token broker run on the user's own machine (RFC 8252 §8.3).
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // `jira ABC-123` opens the issue; `jira some words` suggests issues and searches in Find.
    // https://developer.chrome.com/docs/extensions/reference/api/omnibox
    omnibox: { keyword: 'jira' },
    // Alt+J opens the popup; users can change it at chrome://extensions/shortcuts (Firefox:
    // about:addons → Manage Extension Shortcuts). _execute_action is the MV3 name in both.
    // https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/commands#special_shortcuts
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+J' }, description: '__MSG_commandOpen__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // What leaves the device: the user's Atlassian sign-in goes to Atlassian, and text they
              // select goes to their own Jira when they create an issue from it.
              // https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
              data_collection_permissions: { required: ['authenticationInfo', 'websiteContent'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          key: CHROME_PUBLIC_KEY,
          // Organization policy: a pre-configured sign-in profile and default site (README).
          storage: { managed_schema: 'managed_schema.json' },
          // launchWebAuthFlow may outlive the worker's 5-minute event limit from Chrome 116 on.
          minimum_chrome_version: '116',
        }),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
  },
});
