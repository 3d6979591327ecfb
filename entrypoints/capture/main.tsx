import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CaptureApp } from '../../components/capture/CaptureApp.tsx';
import { DraftStorage } from '../../components/ui/draft-storage.ts';
import { OfflineStatus } from '../../components/ui/OfflineStatus.tsx';
import { WaitNotice } from '../../components/ui/WaitNotice.tsx';
import '../../components/ui/theme.css';
import { captureIdSchema } from '../../lib/capture/capture-record.ts';
import { t } from '../../lib/i18n/page-text.ts';
import { createMessageClient } from '../../lib/messaging/client.ts';
import { subscribeWaitNotices } from '../../lib/messaging/wait-notice.ts';

const request = createMessageClient((message) => browser.runtime.sendMessage(message));
const subscribeWait = (listener: (until: number) => void) => subscribeWaitNotices(browser.runtime, listener);
const id = captureIdSchema.safeParse(new URLSearchParams(location.search).get('id'));

// index.html is written in English; the page speaks the language of its texts.
document.documentElement.lang = t('pageLanguage');
document.title = t('pageCaptureTitle');

render(
  // The capture's create form keeps its draft in storage.local, written by the page itself.
  <DraftStorage.Provider value={browser.storage.local}>
    <OfflineStatus />
    <CaptureApp
      request={request}
      captureId={id.success ? id.data : null}
      openSettings={() => void browser.runtime.openOptionsPage()}
      closeWindow={() => window.close()}
      copy={(text) => navigator.clipboard.writeText(text)}
    />
    <WaitNotice subscribe={subscribeWait} />
  </DraftStorage.Provider>,
  document.getElementById('app')!,
);
