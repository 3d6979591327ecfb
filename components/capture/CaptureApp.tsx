import type { MessageClient } from '../../lib/messaging/client.ts';
import type { ReplyOf } from '../../lib/messaging/protocol.ts';
import type { SessionStart } from '../session/useSessionState.ts';
import type { StartDraft } from '../create/CreateIssue.tsx';
import '../session/session.css';
import { SessionShell } from '../session/SessionShell.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { CapturedSource } from './CapturedSource.tsx';
import { CaptureForm } from './CaptureForm.tsx';
import { useCapture } from './useCapture.ts';
import './capture.css';
import { t } from '../../lib/i18n/page-text.ts';

interface Props {
  request: MessageClient;
  /** The capture id from the window's address; null when it has none (or a malformed one). */
  captureId: string | null;
  openSettings: () => void;
  closeWindow: () => void;
  copy?: (text: string) => Promise<void>;
  today?: () => Date;
  /** The window's opening (entrypoints/capture/main.tsx): capture.get already sent, the popup's
   *  first frame (lib/storage/first-frame.ts), whose session the header shows at once and whose
   *  projects, types and fields the Create form starts from, and the capture's draft read with it. */
  start?: { capture: Promise<ReplyOf<'capture.get'>> | null; session?: SessionStart | undefined; takeDraft?: StartDraft | undefined };
}

const clipboardCopy = (text: string) => navigator.clipboard.writeText(text);

/**
 * The "Create Jira issue from selection" window: the same sign-in states as the popup, what was
 * captured, and the create form prefilled from it with the chosen template.
 */
export function CaptureApp({ request, captureId, openSettings, closeWindow, copy = clipboardCopy, today = () => new Date(), start }: Props) {
  const { load, retry } = useCapture(request, captureId, start?.capture);

  if (load.state !== 'ready') {
    return (
      <main class="popup capture">
        <header class="app-header popup-header">
          <h1>{t('extName')}</h1>
        </header>
        {load.state === 'loading' && <p role="status">{t('captureLoading')}</p>}
        {load.state === 'failed' && <ErrorNotice error={load.error} onRetry={retry} />}
        {load.state === 'missing' && (
          <section class="panel" aria-labelledby="capture-missing-title">
            <h2 id="capture-missing-title">{t('captureMissingTitle')}</h2>
            <p>{t('captureMissingText', t('menuFromSelection'))}</p>
            <button type="button" onClick={closeWindow}>
              {t('captureCloseWindow')}
            </button>
          </section>
        )}
      </main>
    );
  }

  return (
    <SessionShell
      request={request}
      openSettings={openSettings}
      class="capture"
      intro={<CapturedSource capture={load.capture} />}
      start={start?.session}
    >
      {(session, frame) => (
        <CaptureForm
          key={session.site?.id ?? ''}
          request={request}
          session={session}
          capture={load.capture}
          templates={load.templates}
          copy={copy}
          closeWindow={closeWindow}
          today={today}
          frame={frame}
          takeDraft={start?.takeDraft}
        />
      )}
    </SessionShell>
  );
}
