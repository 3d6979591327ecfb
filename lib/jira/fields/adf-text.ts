// The two ADF facts the field model needs without depending on the Markdown converter: whether a
// document says nothing (a blank editor still yields an empty paragraph), and a plain-text
// document for callers that pass text but no converter. ADF structure:
// https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/
import type { AdfDoc } from './form-value.ts';
import { isRecord } from './options.ts';

function blankInline(node: unknown): boolean {
  if (!isRecord(node)) return false;
  if (node.type === 'hardBreak') return true;
  return node.type === 'text' && typeof node.text === 'string' && node.text.trim() === '';
}

function blankBlock(node: unknown): boolean {
  if (!isRecord(node) || node.type !== 'paragraph') return false;
  return node.content === undefined || (Array.isArray(node.content) && node.content.every(blankInline));
}

/** True for a document with nothing but empty paragraphs (a rule, image or mention is content). */
export function isBlankAdf(doc: AdfDoc): boolean {
  return doc.content.every(blankBlock);
}

/** Paragraphs at blank lines, hard breaks at single newlines; ADF has no empty text nodes. */
export function plainTextToAdf(text: string): AdfDoc {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const content = paragraphs.map((p) => {
    const inline: unknown[] = [];
    p.split('\n').forEach((line, i) => {
      if (i > 0) inline.push({ type: 'hardBreak' });
      if (line !== '') inline.push({ type: 'text', text: line });
    });
    return { type: 'paragraph', content: inline };
  });
  return { type: 'doc', version: 1, content };
}
