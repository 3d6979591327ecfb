import type { MessageClient } from '../../lib/messaging/client.ts';
import type { PopupStart } from '../../lib/omnibox/popup-start.ts';
import type { FirstFrameStart } from './first-frame-start.ts';
import { IssueActions } from './IssueActions.tsx';
import { SessionShell } from '../session/SessionShell.tsx';

interface Props {
  request: MessageClient;
  /** Opens the options page, where sign-in profiles are created. */
  openSettings: () => void;
  /** Puts text on the clipboard (issue keys, links, branch names); the entrypoint supplies it. */
  copy?: (text: string) => Promise<void>;
  /** Where to start, from the page's address (the omnibox opens `popup.html?find=words`). */
  initial?: PopupStart | undefined;
  /** The first frame read before the first render, or popup.start on its way (first-frame-start.ts). */
  start?: FirstFrameStart | undefined;
}

const clipboardCopy = (text: string) => navigator.clipboard.writeText(text);

export function PopupApp({ request, openSettings, copy = clipboardCopy, initial, start }: Props) {
  return (
    <SessionShell request={request} openSettings={openSettings} start={start}>
      {(session, frame) => (
        <IssueActions request={request} session={session} copy={copy} initial={initial} frame={frame} takeDraft={start?.takeDraft} />
      )}
    </SessionShell>
  );
}
