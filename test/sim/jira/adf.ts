// Atlassian Document Format checks and conversions. Jira Cloud REST v3 takes ADF for
// description, environment, textarea fields and comment bodies (spec, createIssue), and refuses
// anything else with "Operation value must be an Atlassian Document". Node names come from the
// ADF structure reference (developer.atlassian.com/cloud/jira/platform/apis/document/structure/).

type Json = Record<string, unknown>;

const NODE_TYPES = new Set([
  'doc', 'paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'codeBlock', 'blockquote',
  'panel', 'rule', 'table', 'tableRow', 'tableHeader', 'tableCell', 'mediaSingle', 'mediaGroup',
  'media', 'mediaInline', 'text', 'hardBreak', 'mention', 'emoji', 'inlineCard', 'blockCard',
  'embedCard', 'date', 'status', 'expand', 'nestedExpand', 'taskList', 'taskItem', 'decisionList',
  'decisionItem', 'placeholder', 'layoutSection', 'layoutColumn', 'extension', 'inlineExtension',
  'bodiedExtension',
]);

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validNode(node: unknown, depth: number): boolean {
  if (!isRecord(node) || typeof node.type !== 'string' || !NODE_TYPES.has(node.type) || node.type === 'doc') return false;
  if (depth > 50) return false;
  if (node.type === 'text' && (typeof node.text !== 'string' || node.text === '')) return false;
  if (node.marks !== undefined && (!Array.isArray(node.marks) || !node.marks.every((m) => isRecord(m) && typeof m.type === 'string'))) return false;
  if (node.attrs !== undefined && !isRecord(node.attrs)) return false;
  if (node.content === undefined) return true;
  return Array.isArray(node.content) && node.content.every((child) => validNode(child, depth + 1));
}

/** Whether `value` is an ADF document: `{type:"doc", version:1, content:[...]}` with known nodes. */
export function isAdfDocument(value: unknown): boolean {
  return isRecord(value) && value.type === 'doc' && value.version === 1 && Array.isArray(value.content)
    && value.content.every((node) => validNode(node, 1));
}

function children(node: Json): Json[] {
  return Array.isArray(node.content) ? node.content.filter(isRecord) : [];
}

const BLOCKS = new Set(['paragraph', 'heading', 'codeBlock', 'listItem', 'tableRow', 'blockquote', 'panel', 'rule']);

/** Plain text of a document (what text search and summaries of it match against). */
export function adfToText(value: unknown): string {
  if (!isRecord(value)) return '';
  const walk = (node: Json): string => {
    const attrs = isRecord(node.attrs) ? node.attrs : {};
    switch (node.type) {
      case 'text': return typeof node.text === 'string' ? node.text : '';
      case 'hardBreak': return '\n';
      case 'mention': case 'emoji': return typeof attrs.text === 'string' ? attrs.text : '';
      case 'inlineCard': return typeof attrs.url === 'string' ? attrs.url : '';
      default: {
        const inner = children(node).map(walk).join(node.type === 'tableRow' ? ' ' : '');
        return BLOCKS.has(String(node.type)) ? `${inner}\n` : inner;
      }
    }
  };
  return walk(value).replace(/\n{2,}/g, '\n').trim();
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function safeHref(href: unknown): string | null {
  return typeof href === 'string' && /^(https?:|mailto:)/i.test(href) ? href : null;
}

const TAGS: Record<string, string> = {
  paragraph: 'p', bulletList: 'ul', orderedList: 'ol', listItem: 'li', blockquote: 'blockquote',
  table: 'table', tableRow: 'tr', tableHeader: 'th', tableCell: 'td', panel: 'div',
};

/** HTML for `expand=renderedFields` (Jira renders ADF server-side there). Escapes all text. */
export function adfToHtml(value: unknown): string {
  if (!isRecord(value)) return '';
  const walk = (node: Json): string => {
    const attrs = isRecord(node.attrs) ? node.attrs : {};
    const inner = () => children(node).map(walk).join('');
    switch (node.type) {
      case 'doc': return inner();
      case 'text': {
        let html = escapeHtml(typeof node.text === 'string' ? node.text : '');
        for (const mark of Array.isArray(node.marks) ? node.marks.filter(isRecord) : []) {
          const markAttrs = isRecord(mark.attrs) ? mark.attrs : {};
          if (mark.type === 'strong') html = `<b>${html}</b>`;
          else if (mark.type === 'em') html = `<em>${html}</em>`;
          else if (mark.type === 'code') html = `<tt>${html}</tt>`;
          else if (mark.type === 'link') {
            const href = safeHref(markAttrs.href);
            if (href) html = `<a href="${escapeHtml(href)}" class="external-link" rel="nofollow noreferrer">${html}</a>`;
          }
        }
        return html;
      }
      case 'heading': return `<h${Number(attrs.level) || 1}>${inner()}</h${Number(attrs.level) || 1}>`;
      case 'codeBlock': return `<pre><code>${inner()}</code></pre>`;
      case 'hardBreak': return '<br/>';
      case 'rule': return '<hr/>';
      case 'mention': case 'emoji': return escapeHtml(typeof attrs.text === 'string' ? attrs.text : '');
      default: {
        const tag = TAGS[String(node.type)];
        return tag ? `<${tag}>${inner()}</${tag}>` : inner();
      }
    }
  };
  return walk(value);
}
