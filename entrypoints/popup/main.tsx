import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp.tsx';
import { readFirstFrameStart } from '../../components/popup/first-frame-start.ts';
import { DraftStorage } from '../../components/ui/draft-storage.ts';
import { OfflineStatus } from '../../components/ui/OfflineStatus.tsx';
import { WaitNotice } from '../../components/ui/WaitNotice.tsx';
import '../../components/ui/theme.css';
import { subscribeWaitNotices } from '../../lib/messaging/wait-notice.ts';
import { popupStartFrom } from '../../lib/omnibox/popup-start.ts';
import { lazyMessageClient } from './lazy-client.ts';
import { localStorageArea, runtime, sessionStorageArea } from './runtime.ts';
import { t } from '../../lib/i18n/page-text.ts';

const request = lazyMessageClient((message) => runtime.sendMessage(message));
const subscribeWait = (listener: (until: number) => void) => subscribeWaitNotices(runtime, listener);

// index.html is written in English; the page speaks the language of its texts (its title is the
// product's name, the same in every language).
document.documentElement.lang = t('pageLanguage');

// The first statement: the first frame and its draft are read (or, with none, the worker asked)
// before the first render, which then shows the header and the Create form at once
// (components/popup/popup-start.ts).
void readFirstFrameStart(sessionStorageArea, localStorageArea, request, Date.now()).then((start) =>
  render(
    // Drafts of the create and edit forms live in storage.local, written by the page itself.
    <DraftStorage.Provider value={localStorageArea}>
      <OfflineStatus />
      <PopupApp
        request={request}
        openSettings={() => void runtime.openOptionsPage()}
        copy={(text) => navigator.clipboard.writeText(text)}
        initial={popupStartFrom(location.search)}
        start={start}
      />
      <WaitNotice subscribe={subscribeWait} />
    </DraftStorage.Provider>,
    document.getElementById('app')!,
  ),
);
