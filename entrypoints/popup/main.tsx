import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp.tsx';
import '../../components/ui/theme.css';
import { createMessageClient } from '../../lib/messaging/client.ts';
import { runtime } from './runtime.ts';

const request = createMessageClient((message) => runtime.sendMessage(message));

render(
  <PopupApp
    request={request}
    openSettings={() => void runtime.openOptionsPage()}
    copy={(text) => navigator.clipboard.writeText(text)}
  />,
  document.getElementById('app')!,
);
