// Splits JQL into tokens the way Jira's lexer does: quoted strings (" or ') and unquoted words
// both take backslash escapes; a few characters are reserved and must be quoted or escaped.
// Character classes follow Jira's grammar: a word stops at whitespace, quotes, = ! < > ~ ( ) ,
// [ ] | &, and the reserved characters { } * / % + ^ $ # @ ? ; are errors outside strings.
import type { Pos } from './ast.ts';
import { syntax } from './errors.ts';

export type TokenKind = 'word' | 'string' | 'symbol' | 'eof';

export interface Token {
  kind: TokenKind;
  /** The value with escapes decoded (for symbols: the symbol). */
  text: string;
  /** As written, for "but got '...'" messages. */
  raw: string;
  pos: Pos;
}

const SYMBOLS = ['!=', '!~', '<=', '>=', '&&', '||', '=', '<', '>', '~', '!', '(', ')', ',', '&', '|'];
const STOP = new Set([...'=!<>~(),&|"\'[]']);
const RESERVED = new Set([...'{}*/%+^$#@?;[]']);
const ESCAPES: Record<string, string> = { "'": "'", '"': '"', t: '\t', n: '\n', r: '\r', '\\': '\\', ' ': ' ' };

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const posOf = (offset: number): Pos => {
    const before = input.slice(0, offset);
    const line = before.split('\n').length;
    return { line, character: offset - before.lastIndexOf('\n') };
  };

  /** Decodes the escape at input[i] (a backslash) and returns [text, length]. */
  const escape = (at: number): [string, number] => {
    const next = input[at + 1];
    if (next === undefined) throw syntax.illegalEscape('\\', posOf(at));
    if (next === 'u') {
      const hex = input.slice(at + 2, at + 6);
      const bad = [...hex].findIndex((c) => !/[0-9a-fA-F]/.test(c));
      if (bad !== -1 || hex.length < 4) {
        throw syntax.illegalEscape(input.slice(at, at + 2 + (bad === -1 ? hex.length : bad + 1)), posOf(at));
      }
      return [String.fromCharCode(parseInt(hex, 16)), 6];
    }
    const decoded = ESCAPES[next];
    if (decoded === undefined) throw syntax.illegalEscape(`\\${next}`, posOf(at));
    return [decoded, 2];
  };

  while (i < input.length) {
    const c = input[i] as string;
    if (/\s/.test(c)) { i++; continue; }
    const start = i;
    if (c === '"' || c === "'") {
      let text = '';
      i++;
      while (i < input.length && input[i] !== c) {
        if (input[i] === '\\') { const [t, n] = escape(i); text += t; i += n; }
        // Jira reports an unclosed string with its newlines shown as spaces.
        else { text += input[i] === '\n' ? ' ' : input[i]; i++; }
      }
      if (i >= input.length) throw syntax.unfinishedString(text, posOf(start));
      i++;
      tokens.push({ kind: 'string', text, raw: input.slice(start, i), pos: posOf(start) });
      continue;
    }
    const symbol = SYMBOLS.find((s) => input.startsWith(s, i));
    if (symbol) {
      i += symbol.length;
      tokens.push({ kind: 'symbol', text: symbol, raw: symbol, pos: posOf(start) });
      continue;
    }
    let text = '';
    while (i < input.length) {
      const ch = input[i] as string;
      if (/\s/.test(ch) || (STOP.has(ch) && !RESERVED.has(ch))) break;
      if (RESERVED.has(ch)) throw syntax.reservedCharacter(ch, posOf(i));
      if (ch === '\\') { const [t, n] = escape(i); text += t; i += n; continue; }
      text += ch;
      i++;
    }
    tokens.push({ kind: 'word', text, raw: input.slice(start, i), pos: posOf(start) });
  }
  tokens.push({ kind: 'eof', text: '', raw: '', pos: posOf(input.length) });
  return tokens;
}
