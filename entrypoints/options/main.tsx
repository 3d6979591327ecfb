import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { OfflineStatus } from '../../components/ui/OfflineStatus.tsx';
import '../../components/ui/theme.css';
import { hostPermissionsFor } from '../../lib/auth/host-permission.ts';
import { t, uiLanguage } from '../../lib/i18n/page-text.ts';
import { createMessageClient } from '../../lib/messaging/client.ts';
import { OPTIONS_FRAME_KEY, parseOptionsFrame } from '../../lib/storage/options-frame.ts';

const request = createMessageClient((message) => browser.runtime.sendMessage(message));
// The first statements: the worker is asked for the auth state, and the first frame it left is read
// beside it (lib/storage/options-frame.ts); the first render paints the frame, if there is one, and
// the answer confirms it (README "Performance").
const answer = request('auth.state', {});
// Its failure is shown by the page (OptionsApp.tsx), which takes it up after the first render.
answer.catch(() => {});
const frame = browser.storage.session.get(OPTIONS_FRAME_KEY).then(
  (stored) => parseOptionsFrame(stored[OPTIONS_FRAME_KEY]) ?? null,
  () => null,
);
// The page's language, for screen readers and for the fonts of Japanese text (index.html says en).
document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');

/** Asks for the origins of token endpoints the manifest does not cover. No await comes before
 *  permissions.request: the browser prompts only while the user's click or submit is handled. */
function ensureHostPermissions(urls: string[]): Promise<boolean> {
  const parsed = urls.flatMap((url) => (URL.canParse(url) ? [new URL(url)] : []));
  const origins = hostPermissionsFor(parsed);
  if (origins.length === 0) return Promise.resolve(true);
  // A pattern outside optional_host_permissions is refused with an exception, not a false.
  return browser.permissions.request({ origins }).catch(() => false);
}

void frame.then((first) => render(
  <>
    <OfflineStatus />
    <OptionsApp
      request={request}
      copy={(text) => navigator.clipboard.writeText(text)}
      ensureHostPermissions={ensureHostPermissions}
      templateStorage={{ sync: browser.storage.sync, local: browser.storage.local }}
      start={{ frame: first, answer }}
    />
  </>,
  document.getElementById('app')!,
));
