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
import { startDraft } from '../../components/create/start-draft.ts';
import { captureScope, readDraft } from '../../lib/storage/drafts.ts';
import { FIRST_FRAME_KEY, parseFirstFrame } from '../../lib/storage/first-frame.ts';

const request = createMessageClient((message) => browser.runtime.sendMessage(message));
const subscribeWait = (listener: (until: number) => void) => subscribeWaitNotices(browser.runtime, listener);
const id = captureIdSchema.safeParse(new URLSearchParams(location.search).get('id'));
// The first statements, before any render: the capture is asked for, and the popup's first frame
// (lib/storage/first-frame.ts) and the capture's draft read, so the header shows who is signed in
// where at once (the worker confirms it after: components/session/useSessionState.ts) and the
// Create form starts from the frame's projects, types and fields, as the popup's does, without a
// round trip to the worker for each. Without a frame, the window asks for all of it, as before.
const capture = id.success ? request('capture.get', { id: id.data }) : null;
// Its failure is shown by the window (useCapture.ts), which takes it up after the first render.
capture?.catch(() => {});
const frame = browser.storage.session.get(FIRST_FRAME_KEY).then(
  (stored) => parseFirstFrame(stored[FIRST_FRAME_KEY]) ?? null,
  () => null,
);
const scope = id.success ? captureScope(id.data) : null;
/** The draft read with the frame, for the capture's Create form to take once. */
const drafts = startDraft();
// An unreadable draft is no draft here; the form's own saving reports a store that fails.
const draft = scope === null ? null : readDraft(browser.storage.local, scope, Date.now()).then(
  (stored) => drafts.keep(scope, stored),
  () => drafts.keep(scope, undefined),
);

// index.html is written in English; the page speaks the language of its texts.
document.documentElement.lang = t('pageLanguage');
document.title = t('pageCaptureTitle');

void Promise.all([frame, draft]).then(([first]) => {
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
        start={{ capture, session: first ? { frame: first, reply: null } : undefined, takeDraft: drafts.take }}
      />
      <WaitNotice subscribe={subscribeWait} />
    </DraftStorage.Provider>,
    document.getElementById('app')!,
  );
});
