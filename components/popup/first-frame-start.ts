// What the popup paints in its first frame, read by the page's first statement (entrypoints/popup/
// main.tsx), before any render: the first frame the worker left in storage.session
// (lib/storage/first-frame.ts) and the Create form's draft on its site. With no frame to paint
// (the browser's first popup, a new sign-in or site), popup.start is sent at once instead, from
// the same module code, not from an effect that would wait for a first render.
import type { MessageClient } from '../../lib/messaging/client.ts';
import type { ReplyOf } from '../../lib/messaging/protocol.ts';
import type { StorageArea } from '../../lib/storage/area.ts';
import { createScope, readDraft } from '../../lib/storage/drafts.ts';
import { startDraft, type StartDraft } from '../create/start-draft.ts';
import { FIRST_FRAME_KEY, parseFirstFrame, type FirstFrame } from '../../lib/storage/first-frame.ts';

export interface FirstFrameStart {
  /** The frame to paint before the worker answers, if there is one. */
  frame: FirstFrame | null;
  /** popup.start, already sent when there was no frame; otherwise sent after the first frame. */
  reply: Promise<ReplyOf<'popup.start'>> | null;
  /** The Create form's draft on the frame's site, read alongside (`draft` undefined: none); the
   *  first Create form of that draft's scope takes it, once. Unset when it could not be read before
   *  the form shows. */
  takeDraft: StartDraft;
}

export async function readFirstFrameStart(session: StorageArea, local: StorageArea, request: MessageClient, now: number): Promise<FirstFrameStart> {
  const drafts = startDraft();
  /** Reads the draft on the frame's site, for the first Create form to take. */
  const withDraft = async (frame: FirstFrame) => {
    const site = frame.session.site;
    if (!site) return;
    const scope = createScope(site.id);
    drafts.keep(scope, await readDraft(local, scope, now).catch(() => undefined));
  };
  const frame = parseFirstFrame((await session.get(FIRST_FRAME_KEY).catch((): Record<string, unknown> => ({})))[FIRST_FRAME_KEY]) ?? null;
  if (frame) await withDraft(frame);
  const reply = frame ? null : request('popup.start', {}).then(async (answer) => (await withDraft(answer.frame), answer));
  return { frame, reply, takeDraft: drafts.take };
}
