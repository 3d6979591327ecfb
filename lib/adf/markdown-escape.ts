// Escaping ADF text for the Markdown dialect marklassian reads (marked, GFM, HTML off), so that
// text which merely looks like Markdown stays text when the edited Markdown goes back to ADF.
// Escapes are kept to what changes the meaning, so the Markdown stays pleasant to edit.

const WORD = /[\p{L}\p{N}]/u;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
// `<scheme:…>` and `<user@host>` are autolinks (raw HTML is switched off, so nothing else).
const AUTOLINK_AHEAD = /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/;

export interface EscapeContext {
  /** Nothing precedes this text on its line (block syntax could start here). */
  lineStart: boolean;
  /** The character just before this text in the output ('' at the start of a line). */
  before: string;
  /** Inside a link's text (`]` would end it). */
  inLink?: boolean;
  /** Inside a table cell (`|` would end it). */
  inTable?: boolean;
}

const isWord = (ch: string | undefined) => ch !== undefined && ch !== '' && WORD.test(ch);

/** Text (no newlines, whitespace already collapsed) as Markdown that reads back as the same text. */
export function escapeText(text: string, ctx: EscapeContext): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    const prev = i > 0 ? text[i - 1] : ctx.before;
    const next = text[i + 1];
    switch (ch) {
      case '\\':
        out += next === undefined || ASCII_PUNCT.test(next) ? '\\\\' : ch;
        break;
      case '`':
      case '*':
      case '[':
      case '~':
        out += `\\${ch}`;
        break;
      case ']':
        out += ctx.inLink ? '\\]' : ch;
        break;
      case '_':
        out += isWord(prev) && isWord(next) ? ch : '\\_';
        break;
      case '<':
        // At the end, what follows is not known (a link may follow): escape to be safe.
        out += next === undefined || AUTOLINK_AHEAD.test(text.slice(i)) ? '\\<' : ch;
        break;
      case '|':
        out += ctx.inTable ? '\\|' : ch;
        break;
      default:
        out += ch;
    }
  }
  return ctx.lineStart ? escapeLineStart(out) : out;
}

/** Escapes what would start a block (heading, quote, list, rule, setext underline) at a line start. */
function escapeLineStart(md: string): string {
  if (/^#{1,6}(?:\s|$)/.test(md) || md.startsWith('>')) return `\\${md}`;
  if (/^[-+](?:\s|$|-)/.test(md)) return `\\${md}`;
  if (/^=+\s*$/.test(md)) return `\\${md}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(md);
  if (ordered) return `${ordered[1]}\\${md.slice((ordered[1] as string).length)}`;
  return md;
}

/** A heading's text: a trailing run of `#` would be read as the optional closing sequence. */
export function escapeHeadingEnd(md: string): string {
  return md.replace(/(^|\s)(#+)(\s*)$/, (_m, space: string, hashes: string, tail: string) => `${space}\\${hashes}${tail}`);
}

/** Inline code with a backtick fence longer than any run inside. */
export function codeSpan(text: string, inTable = false): string {
  const content = inTable ? text.replace(/\|/g, '\\|') : text;
  const longest = Math.max(0, ...Array.from(content.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // One space each side is stripped when both are present, so pad when the content starts or
  // ends with a backtick or a space (unless it is all spaces, which is kept as is).
  const pad = /^[` ]|[` ]$/.test(content) && content.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** A link destination that reads back as the same href. */
export function linkDestination(href: string): string {
  if (/[\s<>]/.test(href)) return `<${href.replace(/[\\<>]/g, '\\$&')}>`;
  return href.replace(/[\\()]/g, '\\$&');
}

/** A fence for a code block: backticks, longer than any backtick run at a line start inside. */
export function codeFence(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/^[ \t]*(`+)/gm), (m) => (m[1] as string).length));
  return '`'.repeat(Math.max(3, longest + 1));
}

export { isWord };
