import { atomText, adfPlainText } from './plain-text.ts';
import type { AdfNode } from './schema.ts';
import { safeHref } from './safe-url.ts';
import { codeSpan, escapeText, isWord, linkDestination } from './markdown-escape.ts';
import { readsAsAutolink } from './marked-setup.ts';

// ADF inline content (text with marks, hard breaks, mentions, emoji, cards) → Markdown.
// Emphasis is opened so that marks spanning more text sit outside, whitespace is kept outside
// delimiters (`** a**` is not bold), and `_` is used for emphasis at word boundaries so that it
// never touches a `**` run; `*` inside words, where `_` does not work.

type Outer = 'strong' | 'em' | 'strike';
const OUTER_ORDER: Outer[] = ['strong', 'em', 'strike'];

interface TextSeg {
  kind: 'text';
  text: string;
  outer: Outer[];
  code: boolean;
  href: string | null;
}
type Seg = TextSeg | { kind: 'break' };

export interface InlineOptions {
  /** Records something Markdown cannot keep. */
  lost: (name: string) => void;
  /** Line-oriented block syntax can start at the beginning (paragraphs; not headings, cells). */
  blockContext: boolean;
  inHeading?: boolean;
  inTable?: boolean;
}

const KNOWN_INLINE = new Set(['text', 'hardBreak', 'mention', 'emoji', 'inlineCard', 'status', 'date', 'placeholder', 'mediaInline']);

export function isInlineNode(node: AdfNode): boolean {
  return KNOWN_INLINE.has(node.type) || node.type === 'inlineExtension';
}

function segmentsOf(nodes: unknown, options: InlineOptions): Seg[] {
  const segs: Seg[] = [];
  collectSegments(segs, nodes, options);
  // Adjacent text with the same marks is one run of text (Markdown cannot tell them apart).
  const merged: Seg[] = [];
  for (const seg of segs) {
    const prev = merged[merged.length - 1];
    if (prev?.kind === 'text' && seg.kind === 'text' && prev.code === seg.code && prev.href === seg.href && prev.outer.join() === seg.outer.join()) {
      merged[merged.length - 1] = { ...prev, text: prev.text + seg.text };
    } else merged.push(seg);
  }
  return merged;
}

function collectSegments(segs: Seg[], nodes: unknown, options: InlineOptions): void {
  const plain = (text: string) => {
    if (text) segs.push({ kind: 'text', text, outer: [], code: false, href: null });
  };
  for (const node of Array.isArray(nodes) ? (nodes as AdfNode[]) : []) {
    if (typeof node !== 'object' || node === null) continue;
    switch (node.type) {
      case 'text':
        pushText(segs, node, options);
        break;
      case 'hardBreak':
        segs.push({ kind: 'break' });
        break;
      case 'mention':
        options.lost('mention');
        plain(atomText(node as unknown as Record<string, unknown>));
        break;
      case 'emoji': {
        if (typeof node.attrs?.text !== 'string' || node.attrs.text === '') options.lost('emoji');
        plain(atomText(node as unknown as Record<string, unknown>));
        break;
      }
      case 'inlineCard': {
        const url = typeof node.attrs?.url === 'string' ? node.attrs.url : '';
        const href = url ? safeHref(url) : null;
        if (url && !href) options.lost('unsafeLink');
        if (url) segs.push({ kind: 'text', text: url, outer: [], code: false, href: href ? url : null });
        else options.lost('inlineCard');
        break;
      }
      case 'placeholder':
        break;
      case 'mediaInline':
        options.lost('media');
        break;
      default:
        options.lost(node.type);
        plain(adfPlainText(node));
    }
  }
}

function pushText(segs: Seg[], node: AdfNode, options: InlineOptions): void {
  if (typeof node.text !== 'string' || node.text === '') return;
  const outer = new Set<Outer>();
  let code = false;
  let href: string | null = null;
  for (const mark of Array.isArray(node.marks) ? node.marks : []) {
    if (typeof mark?.type !== 'string') continue;
    switch (mark.type) {
      case 'strong':
      case 'em':
      case 'strike':
        outer.add(mark.type);
        break;
      case 'code':
        code = true;
        break;
      case 'link': {
        const raw = mark.attrs?.href;
        if (safeHref(raw)) href = raw as string;
        else options.lost('unsafeLink');
        break;
      }
      default:
        options.lost(mark.type);
    }
  }
  const marks = OUTER_ORDER.filter((m) => outer.has(m));
  node.text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (index > 0) segs.push({ kind: 'break' });
    if (line !== '') segs.push({ kind: 'text', text: line, outer: marks, code, href });
  });
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');
const isBlank = (seg: Seg | undefined): boolean => seg?.kind === 'text' && !seg.code && collapse(seg.text).trim() === '';

/** Inline ADF content as one Markdown string (lines separated by hard breaks). */
export function inlineToMarkdown(nodes: unknown, options: InlineOptions): string {
  const segs = segmentsOf(nodes, options);
  let out = '';
  let lineStart = true;
  let pendingSpace = false;
  const stack: { mark: Outer; delim: string }[] = [];
  const closeTo = (depth: number) => {
    while (stack.length > depth) out += (stack.pop() as { delim: string }).delim;
  };
  const last = () => out.slice(-1);

  // How many segments from `from` on keep `mark` (blank ones do not interrupt it).
  const persistence = (mark: Outer, from: number): number => {
    let count = 0;
    for (let j = from; j < segs.length; j += 1) {
      const seg = segs[j] as Seg;
      if (seg.kind === 'break' && !(options.inHeading || options.inTable)) break;
      if (seg.kind === 'text' && !seg.outer.includes(mark) && !isBlank(seg)) break;
      count += 1;
    }
    return count;
  };

  // The character that will follow the closing delimiter of `mark` opened at `from`.
  const charAfterRun = (mark: Outer, from: number): string => {
    const end = from + persistence(mark, from);
    const lastSeg = segs[end - 1];
    if (lastSeg?.kind === 'text' && /\s$/.test(lastSeg.text)) return ' ';
    const next = segs[end];
    if (next === undefined || next.kind === 'break') return '';
    if (/^\s/.test(next.text)) return ' ';
    if (next.code) return '`';
    if (next.href) return '[';
    return next.text[0] ?? '';
  };

  segs.forEach((seg, index) => {
    if (seg.kind === 'break') {
      if (options.inHeading || options.inTable) {
        options.lost('hardBreak');
        pendingSpace = true;
        return;
      }
      closeTo(0);
      // Breaks before any text would not read back; consecutive breaks do.
      if (out !== '') out += '\\\n';
      lineStart = true;
      pendingSpace = false;
      return;
    }
    const text = collapse(seg.text);
    let leading = '';
    let core = text;
    let trailing = '';
    if (!seg.code) {
      const parts = /^(\s*)(.*?)(\s*)$/s.exec(text) as RegExpExecArray;
      [, leading = '', core = '', trailing = ''] = parts;
      if (core === '') {
        pendingSpace ||= text !== '';
        return;
      }
    }
    const keep = stack.findIndex((open) => !seg.outer.includes(open.mark));
    if (keep !== -1) closeTo(keep);
    if ((pendingSpace || leading) && !lineStart) out += ' ';
    pendingSpace = false;

    const toOpen = seg.outer
      .filter((mark) => !stack.some((open) => open.mark === mark))
      .sort((a, b) => persistence(b, index) - persistence(a, index));
    for (const mark of toOpen) {
      let delim = mark === 'strong' ? '**' : '~~';
      if (mark === 'em') delim = isWord(last()) || isWord(charAfterRun(mark, index)) ? '*' : '_';
      out += delim;
      stack.push({ mark, delim });
    }
    const textAtLineStart = lineStart && toOpen.length === 0 && options.blockContext;
    const before = last();
    if (seg.href) {
      if (!seg.code && !options.inTable && readsAsAutolink(out.slice(-2), core, seg.href)) out += core;
      else {
        const inner = seg.code ? codeSpan(core, options.inTable) : escapeText(core, { lineStart: false, before: '[', inLink: true, inTable: options.inTable ?? false });
        out += `[${inner}](${linkDestination(seg.href)})`;
      }
    } else {
      out += seg.code ? codeSpan(core, options.inTable) : escapeText(core, { lineStart: textAtLineStart, before, inTable: options.inTable ?? false });
    }
    lineStart = false;
    pendingSpace = trailing !== '';
  });
  closeTo(0);
  return out.replace(/(?:\\\n)+$/, '');
}
