import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CaptureApp } from '../../components/capture/CaptureApp.tsx';
import '../../components/ui/theme.css';
import { captureIdSchema } from '../../lib/capture/capture-record.ts';
import { createMessageClient } from '../../lib/messaging/client.ts';

const request = createMessageClient((message) => browser.runtime.sendMessage(message));
const id = captureIdSchema.safeParse(new URLSearchParams(location.search).get('id'));

render(
  <CaptureApp
    request={request}
    captureId={id.success ? id.data : null}
    openSettings={() => void browser.runtime.openOptionsPage()}
    closeWindow={() => window.close()}
    copy={(text) => navigator.clipboard.writeText(text)}
  />,
  document.getElementById('app')!,
);
