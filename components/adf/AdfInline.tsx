import type { ComponentChild } from 'preact';
import { adfPlainText, atomText, formatAdfDate } from '../../lib/adf/plain-text.ts';
import { safeHref } from '../../lib/adf/safe-url.ts';
import { asNode, attrsOf, childrenOf, deeper, MAX_DEPTH, spend, stringAttr, type NodeLike, type RenderContext } from './context.ts';
import { t } from '../../lib/i18n/page-text.ts';

// Inline ADF: text with its marks, hard breaks, mentions, emoji, cards, status and dates.
// Everything is rendered as elements and text nodes; a link gets an href only when it is an
// absolute http(s)/mailto URL (lib/adf/safe-url.ts), otherwise its text shows without a link.

/** A link when the URL is safe to open; otherwise just the content. */
export function linkTo(href: unknown, content: ComponentChild): ComponentChild {
  const safe = safeHref(href);
  if (!safe) return content;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {content}
    </a>
  );
}

// Marks are applied innermost first, so a link wraps everything and code sits closest to the text.
const MARK_ORDER = ['code', 'em', 'strong', 'strike', 'underline', 'subsup', 'textColor', 'backgroundColor', 'link'];

function markList(node: NodeLike): { type: string; attrs: Record<string, unknown> }[] {
  if (!Array.isArray(node.marks)) return [];
  const marks = node.marks
    .map((mark) => (typeof mark === 'object' && mark !== null && typeof (mark as { type?: unknown }).type === 'string' ? { type: (mark as { type: string }).type, attrs: attrsOf(mark as { attrs?: unknown }) } : null))
    .filter((mark) => mark !== null);
  return marks.sort((a, b) => rank(a.type) - rank(b.type));
}

const rank = (type: string) => {
  const index = MARK_ORDER.indexOf(type);
  return index === -1 ? MARK_ORDER.length : index;
};

function renderText(node: NodeLike): ComponentChild {
  if (typeof node.text !== 'string' || node.text === '') return null;
  let out: ComponentChild = node.text;
  for (const mark of markList(node)) {
    switch (mark.type) {
      case 'code':
        out = <code>{out}</code>;
        break;
      case 'em':
        out = <em>{out}</em>;
        break;
      case 'strong':
        out = <strong>{out}</strong>;
        break;
      case 'strike':
        out = <s>{out}</s>;
        break;
      case 'underline':
        out = <u>{out}</u>;
        break;
      case 'subsup':
        out = mark.attrs.type === 'sup' ? <sup>{out}</sup> : <sub>{out}</sub>;
        break;
      case 'link':
        out = linkTo(mark.attrs.href, out);
        break;
      default:
      // Colours, annotations and marks we do not know: the text shows as it is.
    }
  }
  return out;
}

/** One inline node. */
export function renderInline(value: unknown, ctx: RenderContext): ComponentChild {
  const node = asNode(value);
  if (!node || !spend(ctx)) return null;
  if (ctx.depth > MAX_DEPTH) return adfPlainText(node, { budget: ctx.budget });
  const raw = node as unknown as Record<string, unknown>;
  switch (node.type) {
    case 'text':
      return renderText(node);
    case 'hardBreak':
      return <br />;
    case 'mention':
      return <span class="adf-mention">{atomText(raw)}</span>;
    case 'emoji': {
      const shortName = stringAttr(node, 'shortName');
      return (
        <span class="adf-emoji" title={shortName || undefined}>
          {atomText(raw)}
        </span>
      );
    }
    case 'inlineCard': {
      const url = stringAttr(node, 'url');
      return url ? <span class="adf-card">{linkTo(url, url)}</span> : null;
    }
    case 'status': {
      const color = stringAttr(node, 'color');
      return (
        <span class={`adf-status${color ? ` adf-status-${color.replace(/[^a-z]/gi, '')}` : ''}`}>{atomText(raw)}</span>
      );
    }
    case 'date': {
      const iso = formatAdfDate(attrsOf(node).timestamp);
      return iso ? <time dateTime={iso}>{iso}</time> : null;
    }
    case 'mediaInline':
      return <span class="adf-media">{t('adfAttachment')}</span>;
    case 'placeholder':
      return null;
    default: {
      const text = adfPlainText(node, { budget: ctx.budget });
      return text ? <span class="adf-unknown">{text}</span> : null;
    }
  }
}

/** The inline children of a paragraph, heading, task item, … */
export function renderInlines(node: NodeLike, ctx: RenderContext): ComponentChild[] {
  const inner = deeper(ctx);
  return childrenOf(node).map((child) => renderInline(child, inner));
}
