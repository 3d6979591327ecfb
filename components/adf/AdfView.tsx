import type { ComponentChild } from 'preact';
import { renderBlock, renderBlocks } from './AdfBlock.tsx';
import { asNode, MAX_NODES, type RenderContext } from './context.ts';
import './adf.css';

// Shows an Atlassian Document Format value (an issue description, a comment) as Preact
// elements — never as HTML. Takes any value: malformed parts render as nothing or as their text,
// unsafe links as plain text, very deep or very large documents are cut short.

export interface AdfViewProps {
  /** An ADF document (or node). Anything else renders nothing; a plain string renders as text. */
  doc: unknown;
  /**
   * The HTML heading level for an ADF level-1 heading (deeper levels follow, up to h6), so the
   * description fits the outline of the page it is shown in. Default 3.
   */
  topHeadingLevel?: 2 | 3 | 4 | 5 | 6;
  class?: string;
}

export function AdfView({ doc, topHeadingLevel = 3, class: className }: AdfViewProps) {
  const ctx: RenderContext = { depth: 0, topHeadingLevel, budget: { left: MAX_NODES } };
  let content: ComponentChild;
  if (typeof doc === 'string') {
    content = doc
      .split(/\n\s*\n/)
      .filter((para) => para.trim() !== '')
      .map((para) => <p class="adf-plain">{para}</p>);
  } else {
    const node = asNode(doc);
    if (!node) return null;
    content = node.type === 'doc' ? renderBlocks(node, ctx) : renderBlock(node, ctx);
  }
  return <div class={className ? `adf ${className}` : 'adf'}>{content}</div>;
}
