import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp.tsx';
import '../../components/ui/theme.css';
import { createMessageClient } from '../../lib/messaging/client.ts';
import { popupStartFrom } from '../../lib/omnibox/popup-start.ts';

const request = createMessageClient((message) => browser.runtime.sendMessage(message));

render(
  <PopupApp
    request={request}
    openSettings={() => void browser.runtime.openOptionsPage()}
    copy={(text) => navigator.clipboard.writeText(text)}
    initial={popupStartFrom(location.search)}
  />,
  document.getElementById('app')!,
);
