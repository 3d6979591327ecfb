import { codeFence, escapeHeadingEnd, escapeText, linkDestination } from './markdown-escape.ts';
import { inlineToMarkdown, isInlineNode } from './markdown-inline.ts';
import { markdownToAdf } from './markdown-to-adf.ts';
import { adfPlainText } from './plain-text.ts';
import type { AdfDoc, AdfNode } from './schema.ts';

// ADF → Markdown, so a description can be edited as text and sent back through markdownToAdf.
//
// Kept: paragraphs, headings, bullet/ordered/task lists, code blocks (with language), quotes,
// rules, hard breaks, bold/italic/code/strike/links, emoji, inline cards (as links), external
// images and simple tables (one header row, one paragraph per cell) — everything our own
// Markdown → ADF produces, so a description written here edits again without a warning.
// Lost (reported in `lost`): mentions (they become plain "@Name" text), panels, expands,
// status, dates, decisions, attachments, colours, underline, sub/superscript, complex tables, …
// The words of lost nodes are still written out, for when the user agrees to edit anyway.
//
// Besides the node check, the result is verified by converting it back: when the Markdown does
// not come back the same (emphasis Markdown cannot express, or marklassian cannot read back),
// `lost` says "formatting".

export interface AdfMarkdown {
  markdown: string;
  /** True when editing this Markdown and saving it keeps the document as it is. */
  lossless: boolean;
  /** ADF node and mark names (and "unsafeLink", "formatting") that the Markdown cannot keep. */
  lost: string[];
}

const MAX_DEPTH = 50;
const LIST_TYPES = new Set(['bulletList', 'orderedList', 'taskList']);

interface Ctx {
  lost: (name: string) => void;
}

export function adfToMarkdown(doc: AdfDoc | null | undefined): AdfMarkdown {
  const { markdown, lost } = serialize(doc);
  if (lost.length === 0 && markdown !== '') {
    try {
      const again = serialize(markdownToAdf(markdown));
      if (again.markdown !== markdown) lost.push('formatting');
    } catch {
      lost.push('formatting');
    }
  }
  return { markdown, lossless: lost.length === 0, lost };
}

function serialize(doc: AdfDoc | null | undefined): { markdown: string; lost: string[] } {
  const lost: string[] = [];
  const ctx: Ctx = { lost: (name) => void (lost.includes(name) || lost.push(name)) };
  const markdown = doc && typeof doc === 'object' ? blocks(doc.content, ctx, 0) : '';
  return { markdown, lost };
}

const nodesOf = (value: unknown): AdfNode[] =>
  Array.isArray(value) ? (value.filter((n) => typeof n === 'object' && n !== null && typeof n.type === 'string') as AdfNode[]) : [];

const indent = (text: string, prefix: string, first = prefix) =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : line === '' ? '' : prefix + line))
    .join('\n');

/** Block nodes separated by blank lines; inline nodes that stray into block content become a paragraph. */
function blocks(value: unknown, ctx: Ctx, depth: number, inListItem = false): string {
  const nodes = nodesOf(value);
  const parts: string[] = [];
  let prevType = '';
  let alternate = false;
  for (let i = 0; i < nodes.length; i += 1) {
    let node = nodes[i] as AdfNode;
    if (isInlineNode(node)) {
      const run: AdfNode[] = [];
      while (i < nodes.length && isInlineNode(nodes[i] as AdfNode)) run.push(nodes[i++] as AdfNode);
      i -= 1;
      node = { type: 'paragraph', content: run };
    }
    // Two lists of one kind in a row would merge; switching the bullet keeps them apart.
    const family = node.type === 'orderedList' ? 'ordered' : LIST_TYPES.has(node.type) ? 'bullet' : '';
    const prevFamily = prevType === 'orderedList' ? 'ordered' : LIST_TYPES.has(prevType) ? 'bullet' : '';
    alternate = family !== '' && family === prevFamily ? !alternate : false;
    const md = block(node, ctx, depth + 1, alternate);
    if (md === null || md === '') continue;
    const separator = parts.length === 0 ? '' : inListItem && prevType === 'paragraph' && LIST_TYPES.has(node.type) ? '\n' : '\n\n';
    parts.push(separator + md);
    prevType = node.type;
  }
  return parts.join('');
}

function block(node: AdfNode, ctx: Ctx, depth: number, alternate: boolean): string | null {
  if (depth > MAX_DEPTH) {
    ctx.lost('deepNesting');
    const text = adfPlainText(node).replace(/\s+/g, ' ').trim();
    return text ? escapeText(text, { lineStart: true, before: '' }) : null;
  }
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'paragraph':
      markAlignment(node, ctx);
      return inlineToMarkdown(node.content, { lost: ctx.lost, blockContext: true });
    case 'heading': {
      markAlignment(node, ctx);
      const level = Math.min(6, Math.max(1, Math.trunc(Number(attrs.level)) || 1));
      const text = escapeHeadingEnd(inlineToMarkdown(node.content, { lost: ctx.lost, blockContext: false, inHeading: true }));
      return `${'#'.repeat(level)} ${text}`.trimEnd();
    }
    case 'bulletList':
    case 'orderedList':
      return list(node, ctx, depth, alternate);
    case 'taskList':
      return taskList(node, ctx, depth, alternate ? '*' : '-');
    case 'codeBlock':
      return codeBlock(node, ctx);
    case 'blockquote': {
      const inner = blocks(node.content, ctx, depth);
      return inner === '' ? null : inner.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
    }
    case 'rule':
      return '---';
    case 'table':
      return table(node, ctx);
    case 'mediaSingle':
      return image(node, ctx);
    default:
      return fallback(node, ctx, depth);
  }
}

function markAlignment(node: AdfNode, ctx: Ctx): void {
  for (const mark of Array.isArray(node.marks) ? node.marks : []) if (typeof mark?.type === 'string') ctx.lost(mark.type);
}

function list(node: AdfNode, ctx: Ctx, depth: number, alternate: boolean): string {
  const ordered = node.type === 'orderedList';
  const order = Number(node.attrs?.order);
  const start = ordered && Number.isInteger(order) && order >= 0 && order < 1e9 ? order : 1;
  const items = nodesOf(node.content);
  return items
    .map((item, i) => {
      const marker = ordered ? `${start + i}${alternate ? ')' : '.'} ` : alternate ? '* ' : '- ';
      if (item.type !== 'listItem') ctx.lost(item.type);
      const body = item.type === 'listItem' ? blocks(item.content, ctx, depth + 1, true) : (block(item, ctx, depth + 1, false) ?? '');
      return body === '' ? marker.trimEnd() : indent(body, ' '.repeat(marker.length), marker);
    })
    .join('\n');
}

function taskList(node: AdfNode, ctx: Ctx, depth: number, bullet: string): string {
  const lines: string[] = [];
  for (const child of nodesOf(node.content)) {
    if (child.type === 'taskItem') {
      const box = child.attrs?.state === 'DONE' ? '[x]' : '[ ]';
      const text = inlineToMarkdown(child.content, { lost: ctx.lost, blockContext: false });
      lines.push(indent(text, '  ', `${bullet} ${box} `).trimEnd());
    } else if (child.type === 'taskList' && depth < MAX_DEPTH) {
      const nested = taskList(child, ctx, depth + 1, '-');
      if (nested) lines.push(lines.length > 0 ? indent(nested, '  ') : nested);
    } else {
      ctx.lost(child.type);
      const md = block(child, ctx, depth + 1, false);
      if (md) lines.push(indent(md, '  ', `${bullet} `));
    }
  }
  return lines.join('\n');
}

function codeBlock(node: AdfNode, ctx: Ctx): string {
  let text = '';
  for (const child of nodesOf(node.content)) {
    if (child.type === 'text' && typeof child.text === 'string') text += child.text;
    else ctx.lost(child.type);
  }
  const raw = node.attrs?.language;
  const language = typeof raw === 'string' && raw !== 'text' && /^[^\s`]+$/.test(raw) ? raw : '';
  const fence = codeFence(text);
  return `${fence}${language}\n${text}\n${fence}`;
}

function image(node: AdfNode, ctx: Ctx): string | null {
  const media = nodesOf(node.content)[0];
  const url = media?.attrs?.url;
  if (media?.type === 'media' && media.attrs?.type === 'external' && typeof url === 'string' && /^https?:\/\//i.test(url)) {
    const alt = typeof media.attrs.alt === 'string' ? media.attrs.alt : '';
    return `![${escapeText(alt.replace(/\s+/g, ' ').trim(), { lineStart: false, before: '[', inLink: true })}](${linkDestination(url)})`;
  }
  ctx.lost('media');
  return null;
}

/** A GFM table when it is simple (one header row, same width, one paragraph per cell). */
function table(node: AdfNode, ctx: Ctx): string | null {
  const rows = nodesOf(node.content);
  if (rows.length === 0) return null;
  let simple = rows.every((row) => row.type === 'tableRow');
  const width = Math.max(...rows.map((row) => nodesOf(row.content).length));
  const lines = rows.map((row, r) => {
    const cells = nodesOf(row.content);
    if (cells.length !== width) simple = false;
    const texts = cells.map((cell) => {
      if (cell.type !== (r === 0 ? 'tableHeader' : 'tableCell')) simple = false;
      for (const span of ['colspan', 'rowspan'] as const) if (cell.attrs?.[span] !== undefined && cell.attrs[span] !== 1) simple = false;
      const content = nodesOf(cell.content);
      if (content.length > 1 || content.some((b) => b.type !== 'paragraph')) simple = false;
      const parts = content.map((b) =>
        b.type === 'paragraph'
          ? inlineToMarkdown(b.content, { lost: (name) => (name === 'hardBreak' ? (simple = false) : ctx.lost(name)), blockContext: false, inTable: true })
          : escapeText(adfPlainText(b).replace(/\s+/g, ' ').trim(), { lineStart: false, before: '', inTable: true }),
      );
      return parts.filter((p) => p !== '').join(' ');
    });
    while (texts.length < width) texts.push('');
    return `| ${texts.join(' | ')} |`;
  });
  if (!simple) ctx.lost('table');
  const divider = `| ${Array.from({ length: width }, () => '---').join(' | ')} |`;
  return [lines[0], divider, ...lines.slice(1)].join('\n');
}

/** Nodes Markdown has no form for: reported, and their content kept as plain blocks. */
function fallback(node: AdfNode, ctx: Ctx, depth: number): string | null {
  ctx.lost(node.type);
  const parts: string[] = [];
  const title = node.attrs?.title;
  if (typeof title === 'string' && title.trim() !== '') parts.push(escapeText(title.replace(/\s+/g, ' ').trim(), { lineStart: true, before: '' }));
  const url = node.attrs?.url;
  if ((node.type === 'blockCard' || node.type === 'embedCard') && typeof url === 'string') {
    parts.push(inlineToMarkdown([{ type: 'inlineCard', attrs: { url } }], { lost: ctx.lost, blockContext: true }));
  }
  const content = nodesOf(node.content);
  if (content.length > 0) {
    const md = content.every(isInlineNode)
      ? inlineToMarkdown(content, { lost: ctx.lost, blockContext: true })
      : blocks(content, ctx, depth);
    parts.push(md);
  } else if (node.text === undefined && parts.length === 0) {
    const text = adfPlainText(node).trim();
    if (text) parts.push(escapeText(text.replace(/\s+/g, ' '), { lineStart: true, before: '' }));
  }
  const md = parts.filter((p) => p !== '').join('\n\n');
  return md === '' ? null : md;
}
