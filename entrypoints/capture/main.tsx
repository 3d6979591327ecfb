import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CaptureApp } from '../../components/capture/CaptureApp.tsx';
import { WaitNotice } from '../../components/ui/WaitNotice.tsx';
import '../../components/ui/theme.css';
import { captureIdSchema } from '../../lib/capture/capture-record.ts';
import { createMessageClient } from '../../lib/messaging/client.ts';
import { subscribeWaitNotices } from '../../lib/messaging/wait-notice.ts';

const request = createMessageClient((message) => browser.runtime.sendMessage(message));
const subscribeWait = (listener: (until: number) => void) => subscribeWaitNotices(browser.runtime, listener);
const id = captureIdSchema.safeParse(new URLSearchParams(location.search).get('id'));

render(
  <>
    <CaptureApp
      request={request}
      captureId={id.success ? id.data : null}
      openSettings={() => void browser.runtime.openOptionsPage()}
      closeWindow={() => window.close()}
      copy={(text) => navigator.clipboard.writeText(text)}
    />
    <WaitNotice subscribe={subscribeWait} />
  </>,
  document.getElementById('app')!,
);
