// Which schema checks the reply to each message, on the page side. The popup is ready when its
// Create form is, painted from its first frame (lib/storage/first-frame.ts): the session's schemas
// and the first frame's come with the page, and those of the Create form's own loads, of profiles,
// of opening, changing and finding issues, of the capture window and of a lost create's outcome
// load with the first message that needs them (alongside the message itself, so no answer waits on
// them for long).
import type * as z from 'zod/mini';
import type { MessageType } from './protocol.ts';
import { sessionMessages } from './session-messages.ts';

type Group = Record<string, { reply: z.ZodMiniType }>;

const atOnce: Group = { ...sessionMessages };

/** Every other message's schema, loaded once with the first of them. */
const later = () => import('./later-messages.ts').then((m): Group => ({ ...m.laterMessages, ...m.createMessages }));

export async function replySchemaOf(type: MessageType): Promise<z.ZodMiniType> {
  const ready = atOnce[type];
  if (ready) return ready.reply;
  const group = await later();
  const loaded = group[type];
  if (!loaded) throw new Error(`No reply schema for "${type}".`);
  return loaded.reply;
}
