// A sentence with elements inside it ("Created <a>ABC-1</a>", "<strong>Ada</strong> on
// <strong>Acme</strong>"): each language puts them where its word order wants. The message gets
// private-use characters as its substitutions, and the text is cut at them to put the parts in.
// https://developer.chrome.com/docs/extensions/reference/api/i18n#method-getMessage

/** Stand-ins for the parts, as substitutions of t(): never in a message, never typed. */
export const SLOT = ['\uE000', '\uE001', '\uE002'] as const;

/** `text` (a message given SLOT[0], SLOT[1]… as its substitutions) with each stand-in replaced by its part, in the message's order. */
export function around<P>(text: string, ...parts: P[]): (string | P)[] {
  return text
    .split(/([\uE000-\uE002])/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const part = parts[piece.charCodeAt(0) - 0xe000];
      return piece.length === 1 && part !== undefined ? part : piece;
    });
}
