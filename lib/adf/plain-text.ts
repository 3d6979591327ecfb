// The text inside any ADF value, without recursion (safe on arbitrarily deep or cyclic input).

const MAX_VISITS = 20_000;

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** The text a node stands for when it is not a text node (mention, emoji, status, date, card). */
export function atomText(node: Record<string, unknown>): string {
  const attrs = record(node.attrs) ?? {};
  const str = (key: string) => (typeof attrs[key] === 'string' ? (attrs[key] as string) : '');
  switch (node.type) {
    case 'mention': {
      const name = str('text');
      return name.startsWith('@') ? name : `@${name || 'someone'}`;
    }
    case 'emoji':
      return str('text') || str('shortName');
    case 'status':
      return str('text');
    case 'date':
      return formatAdfDate(attrs.timestamp);
    case 'inlineCard':
    case 'blockCard':
    case 'embedCard':
      return str('url');
    case 'hardBreak':
      return '\n';
    default:
      return '';
  }
}

/** An ADF date (`attrs.timestamp`, milliseconds since the epoch as a string) as YYYY-MM-DD, UTC. */
export function formatAdfDate(timestamp: unknown): string {
  const ms = typeof timestamp === 'number' ? timestamp : typeof timestamp === 'string' && /^-?\d+$/.test(timestamp) ? Number(timestamp) : NaN;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/**
 * The concatenated text of a node and its descendants (text nodes, plus the visible text of
 * mentions, emoji, status, dates and cards). `blockSeparator` goes between block children.
 */
export function adfPlainText(value: unknown, options: { blockSeparator?: string; budget?: { left: number } } = {}): string {
  const separator = options.blockSeparator ?? '';
  // A shared budget lets a caller bound the total work over many calls (the renderer does).
  const budget = options.budget ?? { left: MAX_VISITS };
  const out: string[] = [];
  // Depth-first, in order: push children reversed.
  const stack: unknown[] = [value];
  let visits = 0;
  while (stack.length > 0 && visits < MAX_VISITS && budget.left > 0) {
    visits += 1;
    budget.left -= 1;
    const item = stack.pop();
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    const node = record(item);
    if (!node) continue;
    if (node.type === 'text') {
      if (typeof node.text === 'string') out.push(node.text);
      continue;
    }
    const atom = atomText(node);
    if (atom) {
      out.push(atom);
      continue;
    }
    if (Array.isArray(node.content)) {
      const isBlock = separator && node.content.some((child) => record(child)?.type !== 'text' && BLOCKISH.has(String(record(child)?.type)));
      for (let i = node.content.length - 1; i >= 0; i -= 1) {
        stack.push(node.content[i]);
        if (isBlock && i > 0) stack.push(separator);
      }
    }
  }
  return out.join('');
}

const BLOCKISH = new Set([
  'paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'codeBlock', 'blockquote', 'panel',
  'table', 'tableRow', 'tableHeader', 'tableCell', 'expand', 'nestedExpand', 'taskList', 'taskItem',
  'decisionList', 'decisionItem', 'mediaSingle', 'mediaGroup', 'rule', 'layoutSection', 'layoutColumn',
]);
