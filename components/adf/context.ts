// Shared pieces of the ADF renderer: defensive access to nodes that may be malformed (the
// renderer takes any value), and the limits that keep hostile input from hurting the page.

/** Deeper than this, a subtree is shown as its plain text. */
export const MAX_DEPTH = 50;
/** At most this many nodes are rendered per document (guards against huge or cyclic values). */
export const MAX_NODES = 20_000;

export interface RenderContext {
  depth: number;
  /** The HTML heading level used for ADF heading level 1. */
  topHeadingLevel: number;
  budget: { left: number };
}

export interface NodeLike {
  type: string;
  content?: unknown;
  text?: unknown;
  marks?: unknown;
  attrs?: unknown;
}

export function asNode(value: unknown): NodeLike | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return typeof (value as { type?: unknown }).type === 'string' ? (value as NodeLike) : null;
}

export function childrenOf(node: NodeLike): unknown[] {
  return Array.isArray(node.content) ? node.content : [];
}

export function attrsOf(node: NodeLike | { attrs?: unknown }): Record<string, unknown> {
  const attrs = node.attrs;
  return typeof attrs === 'object' && attrs !== null && !Array.isArray(attrs) ? (attrs as Record<string, unknown>) : {};
}

export function stringAttr(node: NodeLike | { attrs?: unknown }, key: string): string {
  const value = attrsOf(node)[key];
  return typeof value === 'string' ? value : '';
}

export function deeper(ctx: RenderContext): RenderContext {
  return { ...ctx, depth: ctx.depth + 1 };
}

/** Takes one node from the budget; false once the document is too large to show in full. */
export function spend(ctx: RenderContext): boolean {
  if (ctx.budget.left <= 0) return false;
  ctx.budget.left -= 1;
  return true;
}
