// A message with an element inside it ("Signed in as <strong>Ada</strong>"): the element's place
// differs between languages, so the message is filled with SLOT there and split around it.

/** A private-use character: never in a message or in what is put into one. */
export const SLOT = '\uE000';

/** The text before and after SLOT in a message filled with it. */
export function aroundSlot(text: string): [before: string, after: string] {
  const at = text.indexOf(SLOT);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + SLOT.length)];
}
