import type { ComponentChild } from 'preact';
import { adfPlainText } from '../../lib/adf/plain-text.ts';
import { safeHref } from '../../lib/adf/safe-url.ts';
import { asNode, attrsOf, childrenOf, deeper, MAX_DEPTH, spend, stringAttr, type NodeLike, type RenderContext } from './context.ts';
import { linkTo, renderInline, renderInlines } from './AdfInline.tsx';
import { renderTable } from './AdfTable.tsx';
import { t } from '../../lib/i18n/page-text.ts';

// Block ADF: paragraphs, headings, lists, code, quotes, rules, panels, expands, tables, media,
// task and decision lists, layouts and cards. Node types we do not know show their text.

const INLINE_TYPES = new Set(['text', 'hardBreak', 'mention', 'emoji', 'inlineCard', 'status', 'date', 'mediaInline', 'placeholder', 'inlineExtension']);

const PANEL_LABELS: Record<string, () => string> = {
  info: () => t('adfPanelInfo'),
  note: () => t('adfPanelNote'),
  warning: () => t('adfPanelWarning'),
  error: () => t('adfPanelError'),
  success: () => t('adfPanelSuccess'),
  tip: () => t('adfPanelTip'),
  custom: () => t('adfPanelNote'),
};

/** The block children of a node (inline children that stray in are rendered inline). */
export function renderBlocks(node: NodeLike, ctx: RenderContext): ComponentChild[] {
  const inner = deeper(ctx);
  return childrenOf(node).map((child) => renderBlock(child, inner));
}

function plainFallback(node: NodeLike, ctx: RenderContext): ComponentChild {
  const text = adfPlainText(node, { blockSeparator: '\n', budget: ctx.budget });
  return text ? <div class="adf-unknown">{text}</div> : null;
}

/** One block node (any value: what is not a node renders as nothing). */
export function renderBlock(value: unknown, ctx: RenderContext): ComponentChild {
  const node = asNode(value);
  if (!node) return null;
  if (INLINE_TYPES.has(node.type)) return renderInline(node, ctx);
  if (!spend(ctx)) return null;
  if (ctx.depth > MAX_DEPTH) return plainFallback(node, ctx);
  const attrs = attrsOf(node);
  switch (node.type) {
    case 'doc':
    case 'layoutColumn':
    case 'bodiedExtension':
      return <div class={`adf-${node.type}`}>{renderBlocks(node, ctx)}</div>;
    case 'paragraph':
      return <p>{renderInlines(node, ctx)}</p>;
    case 'heading':
      return renderHeading(node, ctx);
    case 'bulletList':
      return <ul>{renderListItems(node, ctx)}</ul>;
    case 'orderedList': {
      const order = attrs.order;
      const start = typeof order === 'number' && Number.isInteger(order) && order >= 0 && order !== 1 ? order : undefined;
      return <ol start={start}>{renderListItems(node, ctx)}</ol>;
    }
    case 'listItem':
      return <li>{renderBlocks(node, ctx)}</li>;
    case 'codeBlock': {
      const language = stringAttr(node, 'language');
      return (
        <pre class="adf-code" data-language={language || undefined}>
          <code>{adfPlainText(node, { budget: ctx.budget })}</code>
        </pre>
      );
    }
    case 'blockquote':
      return <blockquote>{renderBlocks(node, ctx)}</blockquote>;
    case 'rule':
      return <hr />;
    case 'panel': {
      const kind = stringAttr(node, 'panelType');
      const label = (PANEL_LABELS[kind] ?? PANEL_LABELS.note!)();
      return (
        <div class={`adf-panel adf-panel-${kind.replace(/[^a-z]/gi, '') || 'info'}`} role="note" aria-label={label}>
          {renderBlocks(node, ctx)}
        </div>
      );
    }
    case 'expand':
    case 'nestedExpand':
      return (
        <details class="adf-expand">
          <summary>{stringAttr(node, 'title') || t('adfDetails')}</summary>
          {renderBlocks(node, ctx)}
        </details>
      );
    case 'table':
      return renderTable(node, ctx, renderBlocks);
    case 'mediaSingle':
    case 'mediaGroup':
      return <div class="adf-media-group">{renderBlocks(node, ctx)}</div>;
    case 'media':
      return renderMedia(node);
    case 'blockCard':
    case 'embedCard': {
      const url = stringAttr(node, 'url');
      return url ? <p class="adf-card">{linkTo(url, url)}</p> : null;
    }
    case 'taskList':
      return <ul class="adf-tasks">{renderTaskItems(node, ctx)}</ul>;
    case 'decisionList':
      return <ul class="adf-decisions">{renderTaskItems(node, ctx)}</ul>;
    case 'layoutSection':
      return <div class="adf-layout">{renderBlocks(node, ctx)}</div>;
    default:
      return plainFallback(node, ctx);
  }
}

function renderHeading(node: NodeLike, ctx: RenderContext): ComponentChild {
  const raw = attrsOf(node).level;
  const level = typeof raw === 'number' && raw >= 1 && raw <= 6 ? Math.trunc(raw) : 1;
  const tag = `h${Math.min(6, ctx.topHeadingLevel + level - 1)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  const Tag = tag;
  return <Tag class={`adf-heading adf-heading-${level}`}>{renderInlines(node, ctx)}</Tag>;
}

function renderListItems(node: NodeLike, ctx: RenderContext): ComponentChild[] {
  const inner = deeper(ctx);
  return childrenOf(node).map((child) => {
    const item = asNode(child);
    if (item?.type === 'listItem') return renderBlock(item, inner);
    const content = renderBlock(child, deeper(inner));
    return content === null ? null : <li>{content}</li>;
  });
}

function renderTaskItems(node: NodeLike, ctx: RenderContext): ComponentChild[] {
  const inner = deeper(ctx);
  return childrenOf(node).map((child) => {
    const item = asNode(child);
    if (!item) return null;
    if (item.type === 'taskItem' || item.type === 'decisionItem') {
      if (!spend(inner)) return null;
      const done = stringAttr(item, 'state') === 'DONE';
      const marker =
        item.type === 'taskItem' ? (
          <span class="adf-task-box" role="img" aria-label={done ? t('adfTaskDone') : t('adfTaskToDo')}>
            {done ? '☑' : '☐'}
          </span>
        ) : (
          <span class="adf-decision-mark" role="img" aria-label={t('adfDecision')}>
            ◆
          </span>
        );
      return (
        <li class={item.type === 'taskItem' ? 'adf-task' : 'adf-decision'} data-state={stringAttr(item, 'state') || undefined}>
          {marker} {renderInlines(item, inner)}
        </li>
      );
    }
    const content = renderBlock(item, deeper(inner));
    return content === null ? null : <li class="adf-nested">{content}</li>;
  });
}

function renderMedia(node: NodeLike): ComponentChild {
  const attrs = attrsOf(node);
  const url = attrs.type === 'external' ? safeHref(attrs.url) : null;
  const alt = typeof attrs.alt === 'string' ? attrs.alt.trim() : '';
  // Remote images are not loaded (privacy; the popup's CSP); external ones get a link.
  if (url && /^https?:/.test(url)) return <span class="adf-media">{linkTo(url, alt ? t('adfImageAlt', alt) : t('adfImage'))}</span>;
  return <span class="adf-media">{t('adfAttachment')}</span>;
}
