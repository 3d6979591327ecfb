import type { Plugin } from 'vite';
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

/**
 * A page's stylesheet inside its HTML (`<style>`), not a file of its own: a module script does not
 * run before the page's stylesheets have arrived, and each extension file costs a round of loading
 * (README, "Performance"). Extension pages' default content security policy restricts scripts,
 * not styles, in Chrome and Firefox
 * (https://developer.chrome.com/docs/extensions/reference/manifest/content-security-policy#default-policy).
 * A disabled link to the file stays: an on-demand section's code lists the stylesheets it needs,
 * the page's among them, and Vite's loader skips those a link already names
 * (https://vite.dev/guide/features#css-code-splitting); a disabled stylesheet is neither fetched
 * nor applied (https://html.spec.whatwg.org/multipage/links.html#link-type-stylesheet).
 */
function inlinePageStyles(): Plugin {
  return {
    name: 'qaj:inline-page-styles',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = bundle[file];
          const css = asset?.type === 'asset' ? String(asset.source) : undefined;
          if (css === undefined || css.includes('</')) return tag;
          return `<style>${css}</style><link rel="stylesheet" href="/${file}" disabled>`;
        });
      },
    },
  };
}

export default defineConfig({
  vite: () => ({
    plugins: [inlinePageStyles()],
    build: {
      // Every file is local to the extension: preloading the chunks of a section before its
      // import() runs gains nothing, and the helper that does it would load with every page.
      modulePreload: false,
    },
  }),
  hooks: {
    // Each page (popup, options, capture window) is built on its own, so each loads as one script
    // file: the page's HTML asks for it, and everything the page needs before its first frame is in
    // it. Built together, the pages would share chunks (Preact, zod, the Create form), and a page
    // would learn which ones only once its entry file had arrived: a second round of loads, each
    // extension file costing about 10 ms before the browser hands it over, which a blank page
    // never pays (README, "Performance"). The sections a page loads on demand stay files of their own.
    // https://wxt.dev/api/reference/wxt/interfaces/wxthooks#entrypoints-grouped
    'entrypoints:grouped': (_wxt, groups) => {
      for (let i = groups.length - 1; i >= 0; i--) {
        const group = groups[i];
        if (Array.isArray(group) && group.length > 1) groups.splice(i, 1, ...group.map((entry) => [entry]));
      }
    },
    // In a page's own build, every module its entry imports statically goes into the entry's file
    // (the `$initial` tag), not into chunks shared with its on-demand sections, which import what
    // they need from the entry file instead.
    // https://rolldown.rs/reference/outputoptions.codesplitting
    // Only in the pages' builds: WXT builds the worker as one IIFE file (Vite's library mode), where
    // Vite turns code splitting off, and a codeSplitting set for every build would override that.
    'vite:build:extendConfig': (entrypoints, config) => {
      const output = config.build?.rollupOptions?.output;
      const [page, ...others] = entrypoints;
      if (config.build?.lib || !output || Array.isArray(output) || !page || others.length > 0) return;
      output.codeSplitting = { groups: [{ name: page.name, tags: ['$initial'] }] };
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
