import type { ComponentChild } from 'preact';
import { asNode, attrsOf, childrenOf, deeper, spend, type NodeLike, type RenderContext } from './context.ts';

// ADF tables: table > tableRow > tableHeader | tableCell > blocks. A first row made only of
// header cells becomes the table's head.

type RenderBlocks = (node: NodeLike, ctx: RenderContext) => ComponentChild[];

function span(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 1 && value <= 1000 ? value : undefined;
}

function renderRow(row: NodeLike, ctx: RenderContext, renderBlocks: RenderBlocks, inHead: boolean): ComponentChild {
  const inner = deeper(ctx);
  return (
    <tr>
      {childrenOf(row).map((value) => {
        const cell = asNode(value);
        if (!cell || !spend(inner)) return null;
        const attrs = attrsOf(cell);
        const props = { colSpan: span(attrs.colspan), rowSpan: span(attrs.rowspan) };
        const content = renderBlocks(cell, deeper(inner));
        return cell.type === 'tableHeader' ? (
          <th scope={inHead ? 'col' : 'row'} {...props}>
            {content}
          </th>
        ) : (
          <td {...props}>{content}</td>
        );
      })}
    </tr>
  );
}

export function renderTable(table: NodeLike, ctx: RenderContext, renderBlocks: RenderBlocks): ComponentChild {
  const inner = deeper(ctx);
  const rows = childrenOf(table)
    .map(asNode)
    .filter((row): row is NodeLike => row !== null && spend(inner));
  const first = rows[0];
  const headCells = first ? childrenOf(first).map(asNode) : [];
  const hasHead = headCells.length > 0 && headCells.every((cell) => cell?.type === 'tableHeader');
  const head = hasHead && first ? <thead>{renderRow(first, inner, renderBlocks, true)}</thead> : null;
  const body = (hasHead ? rows.slice(1) : rows).map((row) => renderRow(row, inner, renderBlocks, false));
  return (
    <div class="adf-table">
      <table>
        {head}
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}
