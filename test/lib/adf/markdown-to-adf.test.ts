import { describe, expect, it } from 'vitest';
import { markdownToAdf } from '../../../lib/adf/markdown-to-adf.ts';
import type { AdfDoc, AdfNode } from '../../../lib/adf/schema.ts';

const content = (markdown: string): AdfNode[] => (markdownToAdf(markdown) as AdfDoc).content;
const text = (value: string, marks?: AdfNode['marks']): AdfNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const para = (...inline: AdfNode[]): AdfNode => ({ type: 'paragraph', content: inline });

function allNodes(nodes: AdfNode[]): AdfNode[] {
  return nodes.flatMap((node) => [node, ...allNodes(node.content ?? [])]);
}

describe('markdownToAdf', () => {
  it('returns null for blank Markdown (Jira clears a description with null)', () => {
    expect(markdownToAdf('')).toBeNull();
    expect(markdownToAdf('  \n\t\n ')).toBeNull();
  });

  it('wraps the content in a version 1 doc', () => {
    expect(markdownToAdf('hello')).toEqual({ type: 'doc', version: 1, content: [para(text('hello'))] });
  });

  it('turns bold, italic, strike and inline code into marks', () => {
    expect(content('a **bold** b *italic* c ~~gone~~ d `code`')).toEqual([
      para(
        text('a '),
        text('bold', [{ type: 'strong' }]),
        text(' b '),
        text('italic', [{ type: 'em' }]),
        text(' c '),
        text('gone', [{ type: 'strike' }]),
        text(' d '),
        text('code', [{ type: 'code' }]),
      ),
    ]);
  });

  it('turns headings into heading nodes with their level', () => {
    expect(content('# One\n\n### Three')).toEqual([
      { type: 'heading', attrs: { level: 1 }, content: [text('One')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('Three')] },
    ]);
  });

  it('turns nested lists into bullet and ordered lists', () => {
    expect(content('- a\n  1. b\n  2. c\n- d')).toEqual([
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [
              para(text('a')),
              {
                type: 'orderedList',
                attrs: { order: 1 },
                content: [
                  { type: 'listItem', content: [para(text('b'))] },
                  { type: 'listItem', content: [para(text('c'))] },
                ],
              },
            ],
          },
          { type: 'listItem', content: [para(text('d'))] },
        ],
      },
    ]);
  });

  it('keeps the start number of an ordered list', () => {
    expect(content('3. three\n4. four')[0]?.attrs).toEqual({ order: 3 });
  });

  it('turns a link into a link mark', () => {
    expect(content('see [the page](https://example.com/a?b=1)')).toEqual([
      para(text('see '), text('the page', [{ type: 'link', attrs: { href: 'https://example.com/a?b=1' } }])),
    ]);
  });

  it('keeps mailto links and bare web addresses', () => {
    const marks = allNodes(content('[mail](mailto:a@example.com) and https://example.com/x')).flatMap((node) => node.marks ?? []);
    expect(marks).toEqual([
      { type: 'link', attrs: { href: 'mailto:a@example.com' } },
      { type: 'link', attrs: { href: 'https://example.com/x' } },
    ]);
  });

  it.each([
    ['javascript:', '[click](javascript:alert(1))'],
    ['data:', '[click](data:text/html,<script>alert(1)</script>)'],
    ['vbscript:', '[click](vbscript:msgbox)'],
    ['a relative path', '[click](/secure/admin)'],
  ])('does not make a %s link, but keeps its text', (_kind, markdown) => {
    const nodes = allNodes(content(markdown));
    expect(nodes.some((node) => node.marks?.some((mark) => mark.type === 'link'))).toBe(false);
    expect(nodes.filter((node) => node.type === 'text').map((node) => node.text).join('')).toBe('click');
  });

  it('keeps web images and turns other image sources into their alt text', () => {
    expect(content('![diagram](https://example.com/d.png)')).toEqual([
      { type: 'mediaSingle', attrs: { layout: 'center' }, content: [{ type: 'media', attrs: { type: 'external', url: 'https://example.com/d.png', alt: 'diagram' } }] },
    ]);
    expect(content('![pwned](javascript:alert(1))')).toEqual([para(text('pwned'))]);
  });

  it('turns a fenced code block into a codeBlock with its language', () => {
    expect(content('```ts\nconst a = 1;\nconsole.log(a);\n```')).toEqual([
      { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('const a = 1;\nconsole.log(a);')] },
    ]);
  });

  it('never sends an empty text node (Jira rejects them)', () => {
    const nodes = allNodes(content('```\n```\n\n- \n\n| a | |\n| - | - |\n| | b |'));
    expect(nodes.filter((node) => node.type === 'text' && !node.text)).toEqual([]);
    for (const node of nodes.filter((n) => ['listItem', 'tableHeader', 'tableCell'].includes(n.type))) {
      expect(node.content?.length).toBeGreaterThan(0);
    }
  });

  it('turns a quote into a blockquote', () => {
    expect(content('> quoted\n> text')).toEqual([{ type: 'blockquote', content: [para(text('quoted text'))] }]);
  });

  it('turns a rule and hard breaks into rule and hardBreak', () => {
    expect(content('a\\\nb\n\n---')).toEqual([para(text('a'), { type: 'hardBreak' }, text('b')), { type: 'rule' }]);
  });

  it('keeps angle brackets and HTML-looking text as text instead of dropping it', () => {
    expect(content('Use List<String> and <b>tags</b>')).toEqual([para(text('Use List<String> and <b>tags</b>'))]);
    expect(content('<div>\nblock\n</div>').flatMap((node) => node.content ?? []).map((node) => node.text).join(' ')).toBe('<div> block </div>');
  });

  it('does not pass <adf> blocks through as raw ADF, nor throw on them', () => {
    expect(allNodes(content('<adf>{"type":"panel"}</adf>')).some((node) => node.type === 'panel')).toBe(false);
    expect(() => markdownToAdf('<adf>{not json}</adf>')).not.toThrow();
  });

  it('turns task lists into task items Jira accepts (inline content only)', () => {
    const doc = content('- [ ] write\n- [x] review\n  - [ ] nested');
    expect(doc).toHaveLength(1);
    const list = doc[0] as AdfNode;
    expect(list.type).toBe('taskList');
    const items = list.content ?? [];
    expect(items.map((item) => [item.type, item.attrs?.state])).toEqual([
      ['taskItem', 'TODO'],
      ['taskItem', 'DONE'],
      ['taskList', undefined],
    ]);
    for (const item of allNodes(doc).filter((node) => node.type === 'taskItem')) {
      expect(item.content?.every((child) => child.type === 'text' || child.type === 'hardBreak')).toBe(true);
    }
  });

  it('keeps a plain list nested under a task after the task list rather than inside it', () => {
    const doc = content('- [ ] task\n  - plain');
    expect(doc.map((node) => node.type)).toEqual(['taskList', 'bulletList']);
  });

  it('turns a table into table, rows, header and body cells', () => {
    const [table] = content('| A | B |\n| --- | --- |\n| 1 | 2 |');
    expect(table?.type).toBe('table');
    expect(table?.content?.map((row) => row.content?.map((cell) => cell.type))).toEqual([
      ['tableHeader', 'tableHeader'],
      ['tableCell', 'tableCell'],
    ]);
  });
});
