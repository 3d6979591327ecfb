import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp.tsx';
import { DraftStorage } from '../../components/ui/draft-storage.ts';
import '../../components/ui/theme.css';
import { createMessageClient } from '../../lib/messaging/client.ts';

const request = createMessageClient((message) => browser.runtime.sendMessage(message));

render(
  // Drafts of the create and edit forms live in storage.local, written by the page itself.
  <DraftStorage.Provider value={browser.storage.local}>
    <PopupApp
      request={request}
      openSettings={() => void browser.runtime.openOptionsPage()}
      copy={(text) => navigator.clipboard.writeText(text)}
    />
  </DraftStorage.Provider>,
  document.getElementById('app')!,
);
