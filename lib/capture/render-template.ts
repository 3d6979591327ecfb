// Filling a template's {{variables}}. In a description (Markdown, turned into ADF by
// lib/adf/markdown-to-adf.ts) the values come from a web page the user does not control, so they
// are escaped: a title like "**Win** [here](javascript:…)" stays that text and cannot add
// emphasis, links, headings or list items around the user's own template.
import { escapeText, linkDestination } from '../adf/markdown-escape.ts';
import { isTemplateVariable, placeholderPattern, type TemplateValues } from './template-variables.ts';

/** The block markers at the start of a line that a multi-line value continues on each of its
 *  lines: quote markers (`> `, `> > `) and a list marker (`- `, `* `, `+ `, `1. `, `1) `),
 *  with any indentation before them. */
const LINE_PREFIX = /^[ \t]*(?:>[ \t]?)*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?/;
const HAS_LIST_MARKER = /(?:[-+*]|\d{1,9}[.)])[ \t]+$/;

/** Fills {{name}} (spaces inside braces allowed: {{ url }}). `markdown: true` (description) escapes values
 *  so a page title or selection cannot inject Markdown structure, puts a URL in a link destination safely,
 *  and when a placeholder follows a line prefix like "> " or "- " continues that prefix on each line
 *  of a multi-line value (so a multi-line selection stays inside the quote). `markdown: false` (summary)
 *  inserts values as they are. Unknown variables render as written. */
export function renderTemplate(text: string, values: TemplateValues, options: { markdown: boolean }): string {
  if (!options.markdown) {
    return text.replace(placeholderPattern(), (whole, name: string) => (isTemplateVariable(name) ? values[name] : whole));
  }
  const source = normalizeNewlines(text);
  let out = '';
  let last = 0;
  // One pass over the template only: a value that itself contains "{{url}}" is never filled in.
  for (const match of source.matchAll(placeholderPattern())) {
    out += source.slice(last, match.index);
    last = match.index + match[0].length;
    const name = match[1] ?? '';
    out += isTemplateVariable(name) ? markdownValue(values[name], out) : match[0];
  }
  return out + source.slice(last);
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** A value as Markdown that reads back as the same text, given the output so far. */
function markdownValue(value: string, before: string): string {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  // Right after `](` the value is a link destination (`[{{title}}]({{url}})`): spaces and
  // parentheses in a URL would otherwise end the link early. A line break cannot be in one,
  // so any is dropped.
  if (line.endsWith('](') && !line.endsWith('\\](')) {
    return linkDestination(value.replace(/\s*\n\s*/g, '').trim());
  }
  const prefix = LINE_PREFIX.exec(line)?.[0] ?? '';
  const inList = HAS_LIST_MARKER.test(prefix);
  // Each line trimmed and its inner whitespace collapsed: leading spaces would turn the line
  // into a code block, two trailing ones into a hard break (and Markdown collapses them anyway).
  const lines = normalizeNewlines(value)
    .trim()
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim());
  let out = '';
  lines.forEach((text, i) => {
    if (i === 0) {
      out += escapeValue(text, line === prefix, line.slice(-1));
      return;
    }
    if (text === '') {
      // Inside a quote a blank line is a paragraph break that stays quoted (">"); in a list it
      // would be an empty item, so it is left out.
      if (!inList) out += `\n${prefix.trimEnd()}`;
      return;
    }
    out += `\n${prefix}${escapeValue(text, true, prefix.slice(-1))}`;
  });
  return out;
}

function escapeValue(text: string, lineStart: boolean, before: string): string {
  // `]` and `|` are always escaped (the value might sit in link text or a table row, and `\]`,
  // `\|` read back as the plain character anywhere); `&` before an entity name would be decoded.
  return escapeText(text, { lineStart, before, inLink: true, inTable: true }).replace(/&(?=#?\w+;)/g, '\\&');
}
