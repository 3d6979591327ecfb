// A summary from selected text: the first line that says something, on one line, short enough for
// Jira. Jira refuses a summary of 255 characters or more ("Summary must be less than 255
// characters") and counts Java string length, i.e. UTF-16 code units, which is also what
// String.prototype.length counts here. A cut never splits a character a person sees (a grapheme:
// an emoji ZWJ sequence, a flag, a letter with combining marks), because Intl.Segmenter's word and
// grapheme boundaries never fall inside one (UAX #29).
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/Segmenter

/** At most this many UTF-16 code units, the ellipsis included: "less than 255". */
export const SUMMARY_LIMIT = 254;
const ELLIPSIS = '…';

// Every line break Unicode knows: CR, LF, CRLF, NEL, LS, PS, VT, FF.
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029\v\f]/;
// Spaces of every width (NBSP, thin, ideographic, …), tabs and control characters become one space.
const WHITESPACE = /[\s\p{Cc}]+/gu;

/** The first line with text in it, its whitespace collapsed and trimmed; '' when there is none. */
export function firstLine(text: string): string {
  for (const line of text.split(LINE_BREAK)) {
    const collapsed = line.replace(WHITESPACE, ' ').trim();
    if (collapsed !== '') return collapsed;
  }
  return '';
}

/** The end of the last segment of `granularity` that still fits in `room`, after the first one. */
function lastFit(text: string, room: number, granularity: 'word' | 'grapheme'): number {
  let fit = 0;
  for (const segment of new Intl.Segmenter(undefined, { granularity }).segment(text)) {
    const end = segment.index + segment.segment.length;
    if (end > room) break;
    // Between words means after something that is not a space: a cut after "word " is the same
    // cut as after "word", and the trailing space is trimmed anyway.
    if (granularity === 'grapheme' || segment.segment.trim() !== '') fit = end;
  }
  return fit;
}

/**
 * The summary for a new issue from `selection`: its first non-empty line, whitespace collapsed,
 * and, when longer than `limit`, cut between words (or, for one word longer than the room,
 * between graphemes) with "…" at the end. Text without spaces (Chinese, Japanese, Thai) is cut at
 * the word boundaries the segmenter's dictionary finds.
 */
export function summaryFromSelection(selection: string, limit = SUMMARY_LIMIT): string {
  const line = firstLine(selection);
  if (line.length <= limit) return line;
  const room = limit - ELLIPSIS.length;
  const cut = lastFit(line, room, 'word') || lastFit(line, room, 'grapheme');
  return `${line.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}
