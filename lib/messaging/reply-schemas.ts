// Which schema checks the reply to each message, on the page side. The popup is ready when its
// Create form is: the session's and the create form's schemas come with the page, and those of
// opening, changing and finding issues, of the capture window and of a lost create's outcome load
// with the first message that needs them (alongside the message itself, so no answer waits on them
// for long).
import type * as z from 'zod/mini';
import { issueMessages } from './issue-messages.ts';
import type { MessageType } from './protocol.ts';
import { sessionMessages } from './session-messages.ts';

type Group = Record<string, { reply: z.ZodMiniType }>;

const atOnce: Group = { ...sessionMessages, ...issueMessages };
type AtOnce = keyof typeof sessionMessages | keyof typeof issueMessages;

const openGroup = () => import('./issue-open-messages.ts').then((m): Group => m.issueOpenMessages);
const captureGroup = () => import('./capture-messages.ts').then((m): Group => m.captureMessages);
const outcomeGroup = () => import('./outcome-messages.ts').then((m): Group => m.outcomeMessages);

/** Every other message, with the group its schema comes in; `tsc` fails when one is missing. */
const later: Record<Exclude<MessageType, AtOnce>, () => Promise<Group>> = {
  'issue.get': openGroup,
  'issue.editMeta': openGroup,
  'issue.update': openGroup,
  'issue.transitions': openGroup,
  'issue.transition': openGroup,
  'issue.delete': openGroup,
  'issues.search': openGroup,
  'search.recent': openGroup,
  'capture.get': captureGroup,
  'capture.done': captureGroup,
  'capture.open': captureGroup,
  'create.outcome': outcomeGroup,
};

export async function replySchemaOf(type: MessageType): Promise<z.ZodMiniType> {
  const ready = atOnce[type];
  if (ready) return ready.reply;
  const group = await later[type as Exclude<MessageType, AtOnce>]();
  const loaded = group[type];
  if (!loaded) throw new Error(`No reply schema for "${type}".`);
  return loaded.reply;
}
