import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp.tsx';
import { DraftStorage } from '../../components/ui/draft-storage.ts';
import { OfflineStatus } from '../../components/ui/OfflineStatus.tsx';
import { WaitNotice } from '../../components/ui/WaitNotice.tsx';
import '../../components/ui/theme.css';
import { createMessageClient } from '../../lib/messaging/client.ts';
import { subscribeWaitNotices } from '../../lib/messaging/wait-notice.ts';
import { popupStartFrom } from '../../lib/omnibox/popup-start.ts';
import { localStorageArea, runtime } from './runtime.ts';
import { t } from '../../lib/i18n/page-text.ts';

const request = createMessageClient((message) => runtime.sendMessage(message));
const subscribeWait = (listener: (until: number) => void) => subscribeWaitNotices(runtime, listener);

// index.html is written in English; the page speaks the language of its texts (its title is the
// product's name, the same in every language).
document.documentElement.lang = t('pageLanguage');

render(
  // Drafts of the create and edit forms live in storage.local, written by the page itself.
  <DraftStorage.Provider value={localStorageArea}>
    <OfflineStatus />
    <PopupApp
      request={request}
      openSettings={() => void runtime.openOptionsPage()}
      copy={(text) => navigator.clipboard.writeText(text)}
      initial={popupStartFrom(location.search)}
    />
    <WaitNotice subscribe={subscribeWait} />
  </DraftStorage.Provider>,
  document.getElementById('app')!,
);
