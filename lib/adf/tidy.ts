import type { AdfMark, AdfNode } from './schema.ts';
import { isSafeHref } from './safe-url.ts';

// Repairs marklassian's output before it goes to Jira: Markdown is user input, and Jira's ADF
// validation rejects some shapes marklassian produces.

const MAX_DEPTH = 100;

/** Tidied copies of the given block nodes. */
export function tidyAdf(nodes: AdfNode[]): AdfNode[] {
  return tidyChildren(nodes, 0);
}

function tidyChildren(nodes: AdfNode[] | undefined, depth: number): AdfNode[] {
  if (!Array.isArray(nodes) || depth > MAX_DEPTH) return [];
  return nodes.flatMap((node) => tidyNode(node, depth + 1));
}

const emptyParagraph = (): AdfNode => ({ type: 'paragraph', content: [] });

function tidyNode(node: AdfNode, depth: number): AdfNode[] {
  switch (node.type) {
    case 'text': {
      if (typeof node.text !== 'string' || node.text === '') return [];
      const marks = tidyMarks(node.marks);
      return [{ type: 'text', text: node.text, ...(marks.length > 0 ? { marks } : {}) }];
    }
    case 'mediaSingle': {
      // `![alt](url)`: an external image. Only web URLs; otherwise keep the alt text.
      const media = node.content?.[0];
      const url = media?.attrs?.url;
      if (media?.type === 'media' && isSafeHref(url) && /^https?:/i.test(url.trim())) return [node];
      const alt = typeof media?.attrs?.alt === 'string' ? media.attrs.alt.trim() : '';
      return alt ? [{ type: 'paragraph', content: [{ type: 'text', text: alt }] }] : [];
    }
    case 'listItem':
    case 'tableHeader':
    case 'tableCell': {
      const content = tidyChildren(node.content, depth);
      return [{ ...node, content: content.length > 0 ? content : [emptyParagraph()] }];
    }
    case 'codeBlock': {
      const content = tidyChildren(node.content, depth).map(({ type, text }) => ({ type, ...(text !== undefined ? { text } : {}) }));
      return [{ ...node, content }];
    }
    case 'taskList':
      return tidyTaskList(node, depth);
    default:
      return node.content === undefined ? [node] : [{ ...node, content: tidyChildren(node.content, depth) }];
  }
}

function tidyMarks(marks: AdfMark[] | undefined): AdfMark[] {
  if (!Array.isArray(marks)) return [];
  const seen = new Set<string>();
  return marks.filter((mark) => {
    if (seen.has(mark.type)) return false;
    seen.add(mark.type);
    return mark.type !== 'link' || isSafeHref(mark.attrs?.href);
  });
}

const INLINE = new Set(['text', 'hardBreak', 'mention', 'emoji', 'date', 'status', 'inlineCard']);

/**
 * A task item may hold only inline nodes and a task list only task items and task lists, but
 * marklassian nests `- [ ] a` + indented sub-list inside the item. Nested task lists move up to
 * follow their item; a paragraph's inline content is merged in (separated by hard breaks); other
 * blocks (a plain nested list, code) end the task list and follow it, so nothing is lost.
 */
function tidyTaskList(node: AdfNode, depth: number): AdfNode[] {
  const out: AdfNode[] = [];
  let items: AdfNode[] = [];
  let lists = 0;
  const flush = () => {
    if (items.length === 0) return;
    // A split list needs its own local id.
    const attrs = lists > 0 && node.attrs?.localId !== undefined ? { ...node.attrs, localId: globalThis.crypto.randomUUID() } : node.attrs;
    out.push({ ...node, ...(attrs ? { attrs } : {}), content: items });
    lists += 1;
    items = [];
  };
  for (const child of node.content ?? []) {
    if (child.type === 'taskList') {
      const nested = tidyTaskList(child, depth + 1);
      for (const block of nested) {
        if (block.type === 'taskList' && items.length > 0) items.push(block);
        else {
          flush();
          out.push(block);
        }
      }
      continue;
    }
    if (child.type !== 'taskItem') {
      flush();
      out.push(...tidyNode(child, depth + 1));
      continue;
    }
    const inline: AdfNode[] = [];
    const after: AdfNode[] = [];
    for (const part of tidyChildren(child.content, depth + 1)) {
      if (after.length === 0 && INLINE.has(part.type)) inline.push(part);
      else if (after.length === 0 && part.type === 'paragraph') {
        if (inline.length > 0 && (part.content?.length ?? 0) > 0) inline.push({ type: 'hardBreak' });
        inline.push(...(part.content ?? []));
      } else after.push(part);
    }
    items.push({ ...child, content: inline });
    for (const block of after) {
      if (block.type === 'taskList') {
        for (const nested of tidyTaskList(block, depth + 1)) {
          if (nested.type === 'taskList' && items.length > 0) items.push(nested);
          else {
            flush();
            out.push(nested);
          }
        }
      } else {
        flush();
        out.push(block);
      }
    }
  }
  flush();
  return out;
}
