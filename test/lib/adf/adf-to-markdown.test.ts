import { describe, expect, it } from 'vitest';
import { adfToMarkdown } from '../../../lib/adf/adf-to-markdown.ts';
import { describeLoss } from '../../../lib/adf/loss.ts';
import { markdownToAdf } from '../../../lib/adf/markdown-to-adf.ts';
import { parseAdf, type AdfDoc, type AdfNode } from '../../../lib/adf/schema.ts';
import { richDescriptions } from '../../sim/seed/rich-descriptions.ts';
import type { User } from '../../sim/types.ts';

const doc = (...content: AdfNode[]): AdfDoc => ({ type: 'doc', version: 1, content });
const text = (value: string, ...marks: string[]): AdfNode => (marks.length ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) } : { type: 'text', text: value });
const link = (value: string, href: string): AdfNode => ({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href } }] });
const para = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content });
const item = (...content: AdfNode[]): AdfNode => ({ type: 'listItem', content });
const md = (...content: AdfNode[]) => adfToMarkdown(doc(...content));

describe('adfToMarkdown: supported nodes', () => {
  it('gives empty Markdown for null or an empty doc', () => {
    expect(adfToMarkdown(null)).toEqual({ markdown: '', lossless: true, lost: [] });
    expect(md()).toEqual({ markdown: '', lossless: true, lost: [] });
  });

  it('paragraphs are separated by a blank line', () => {
    expect(md(para(text('one')), para(text('two')))).toEqual({ markdown: 'one\n\ntwo', lossless: true, lost: [] });
  });

  it('headings keep their level', () => {
    expect(md({ type: 'heading', attrs: { level: 2 }, content: [text('Title')] }, { type: 'heading', attrs: { level: 6 }, content: [text('Small')] }).markdown).toBe('## Title\n\n###### Small');
  });

  it('marks become Markdown emphasis, code, strike and links', () => {
    const result = md(para(text('bold', 'strong'), text(' '), text('it', 'em'), text(' '), text('x()', 'code'), text(' '), text('old', 'strike'), text(' '), link('site', 'https://example.com/')));
    expect(result).toEqual({ markdown: '**bold** _it_ `x()` ~~old~~ [site](https://example.com/)', lossless: true, lost: [] });
  });

  it('emphasis inside a word uses * (where _ does not work)', () => {
    expect(md(para(text('un'), text('believ', 'em'), text('able'))).markdown).toBe('un*believ*able');
  });

  it('whitespace at the edge of a mark moves outside the delimiters', () => {
    expect(md(para(text('a'), text(' bold ', 'strong'), text('b'))).markdown).toBe('a **bold** b');
  });

  it('nested and overlapping marks', () => {
    expect(md(para(text('a ', 'strong'), text('b', 'strong', 'em'), text(' c', 'strong'))).markdown).toBe('**a _b_ c**');
    expect(md(para(link('code', 'https://example.com/'), text(' '), { type: 'text', text: 'x', marks: [{ type: 'code' }, { type: 'link', attrs: { href: 'https://e.com/' } }] })).markdown).toBe(
      '[code](https://example.com/) [`x`](https://e.com/)',
    );
  });

  it('a link whose text is its URL is written bare (GFM links it again)', () => {
    expect(md(para(text('see '), link('https://example.com/a', 'https://example.com/a'))).markdown).toBe('see https://example.com/a');
  });

  it('link destinations with parentheses or spaces are escaped', () => {
    expect(md(para(link('wiki', 'https://en.wikipedia.org/wiki/Foo_(bar)'))).markdown).toBe('[wiki](https://en.wikipedia.org/wiki/Foo_\\(bar\\))');
    expect(md(para(link('odd', 'https://example.com/a b'))).markdown).toBe('[odd](<https://example.com/a b>)');
  });

  it('hard breaks become a backslash line end', () => {
    expect(md(para(text('a'), { type: 'hardBreak' }, text('b'), { type: 'hardBreak' }, { type: 'hardBreak' }, text('c'))).markdown).toBe('a\\\nb\\\n\\\nc');
  });

  it('bullet lists, ordered lists with their start, and nesting', () => {
    const result = md(
      { type: 'bulletList', content: [item(para(text('a')), { type: 'orderedList', attrs: { order: 3 }, content: [item(para(text('b'))), item(para(text('c')))] }), item(para(text('d')))] },
    );
    expect(result).toEqual({ markdown: '- a\n  3. b\n  4. c\n- d', lossless: true, lost: [] });
  });

  it('a list item with several paragraphs and a code block', () => {
    const result = md({ type: 'orderedList', attrs: { order: 1 }, content: [item(para(text('a')), para(text('more')), { type: 'codeBlock', attrs: { language: 'sh' }, content: [text('ls\n\nls -l')] }), item(para(text('b')))] });
    expect(result).toEqual({ markdown: '1. a\n\n   more\n\n   ```sh\n   ls\n\n   ls -l\n   ```\n2. b', lossless: true, lost: [] });
  });

  it('two lists in a row stay two lists', () => {
    const list = { type: 'bulletList', content: [item(para(text('x')))] };
    const result = md(list, list);
    expect(result.markdown).toBe('- x\n\n* x');
    expect(result.lossless).toBe(true);
  });

  it('code blocks keep their language and fence around backticks', () => {
    expect(md({ type: 'codeBlock', attrs: { language: 'typescript' }, content: [text('let a = 1;')] }).markdown).toBe('```typescript\nlet a = 1;\n```');
    expect(md({ type: 'codeBlock', content: [text('```\ninner\n```')] })).toEqual({ markdown: '````\n```\ninner\n```\n````', lossless: true, lost: [] });
  });

  it('blockquotes, rules', () => {
    expect(md({ type: 'blockquote', content: [para(text('a')), para(text('b'))] }, { type: 'rule' }, para(text('c')))).toEqual({ markdown: '> a\n>\n> b\n\n---\n\nc', lossless: true, lost: [] });
  });

  it('emoji become their character; custom emoji their short name and are reported', () => {
    expect(md(para({ type: 'emoji', attrs: { shortName: ':smile:', text: '😄' } }, text(' hi')))).toEqual({ markdown: '😄 hi', lossless: true, lost: [] });
    expect(md(para({ type: 'emoji', attrs: { shortName: ':party-parrot:', id: 'abc' } })).lost).toEqual(['emoji']);
  });

  it('inline cards become links', () => {
    expect(md(para(text('see '), { type: 'inlineCard', attrs: { url: 'https://example.atlassian.net/browse/ABC-1' } }))).toEqual({
      markdown: 'see https://example.atlassian.net/browse/ABC-1',
      lossless: true,
      lost: [],
    });
  });

  it('mentions become @Name text and are reported as lost (Markdown cannot mention)', () => {
    expect(md(para(text('ask '), { type: 'mention', attrs: { id: '123', text: '@Ada Lovelace' } }))).toEqual({ markdown: 'ask @Ada Lovelace', lossless: false, lost: ['mention'] });
  });

  it('task lists and simple tables are kept (our own Markdown produces them)', () => {
    const tasks = { type: 'taskList', attrs: { localId: 'l' }, content: [{ type: 'taskItem', attrs: { localId: 'a', state: 'TODO' }, content: [text('write')] }, { type: 'taskItem', attrs: { localId: 'b', state: 'DONE' }, content: [text('test')] }] };
    expect(md(tasks)).toEqual({ markdown: '- [ ] write\n- [x] test', lossless: true, lost: [] });
    const cell = (type: string, value: string) => ({ type, attrs: {}, content: [para(text(value))] });
    const table = { type: 'table', attrs: { isNumberColumnEnabled: false, layout: 'default' }, content: [{ type: 'tableRow', content: [cell('tableHeader', 'A'), cell('tableHeader', 'B|C')] }, { type: 'tableRow', content: [cell('tableCell', '1'), cell('tableCell', '2')] }] };
    expect(md(table)).toEqual({ markdown: '| A | B\\|C |\n| --- | --- |\n| 1 | 2 |', lossless: true, lost: [] });
  });
});

describe('adfToMarkdown: text that looks like Markdown stays text', () => {
  it.each([
    '# not a heading',
    '> not a quote',
    '- not a list',
    '+ not a list',
    '* not a list',
    '1. not a list',
    '1984. A good year',
    '---',
    '===',
    '2 * 3 * 4',
    'snake_case_name and _under_',
    '[not](a link)',
    '![not](an image)',
    '`not code`',
    '~not struck~',
    'C:\\Users\\me\\',
    '<https://not.an.autolink>',
    'List<String> and <b>tags</b>',
    'a & b &amp; c',
    'Issue #42 ends with #',
    '[ ] not a task',
  ])('%j', (value) => {
    for (const block of [para(text(value)), { type: 'heading', attrs: { level: 2 }, content: [text(value)] }]) {
      const result = adfToMarkdown(doc(block));
      expect(result.lossless).toBe(true);
      const back = markdownToAdf(result.markdown)?.content ?? [];
      expect(back).toHaveLength(1);
      expect(back[0]?.type).toBe(block.type);
      // marklassian may split the text at escapes; what matters is the text and that it has no marks.
      const inline = back[0]?.content ?? [];
      expect(inline.map((node) => node.text).join('')).toBe(value);
      expect(inline.every((node) => node.type === 'text' && !node.marks)).toBe(true);
    }
  });
});

describe('adfToMarkdown: what Markdown would lose', () => {
  const lostOf = (...content: AdfNode[]) => md(...content).lost;

  it.each([
    ['table', { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [para(text('no header'))] }] }] }],
    ['panel', { type: 'panel', attrs: { panelType: 'info' }, content: [para(text('x'))] }],
    ['expand', { type: 'expand', attrs: { title: 'More' }, content: [para(text('x'))] }],
    ['mediaSingle', { type: 'mediaSingle', content: [{ type: 'media', attrs: { type: 'file', id: '1', collection: 'c' } }] }],
    ['decisionList', { type: 'decisionList', content: [{ type: 'decisionItem', attrs: { state: 'DECIDED' }, content: [text('x')] }] }],
    ['blockCard', { type: 'blockCard', attrs: { url: 'https://example.com/' } }],
    ['status', para({ type: 'status', attrs: { text: 'DONE', color: 'green' } })],
    ['date', para({ type: 'date', attrs: { timestamp: '1767225600000' } })],
    ['underline', para(text('u', 'underline'))],
    ['textColor', para({ type: 'text', text: 'red', marks: [{ type: 'textColor', attrs: { color: '#ff0000' } }] })],
    ['subsup', para({ type: 'text', text: '2', marks: [{ type: 'subsup', attrs: { type: 'sup' } }] })],
    ['unsafeLink', para(link('click', 'javascript:alert(1)'))],
    ['alignment', { type: 'paragraph', marks: [{ type: 'alignment', attrs: { align: 'center' } }], content: [text('mid')] }],
    ['someFutureNode', { type: 'someFutureNode', content: [para(text('x'))] }],
  ])('%s', (name, node) => {
    const result = md(node as AdfNode);
    expect(result.lossless).toBe(false);
    expect(result.lost).toContain(name === 'mediaSingle' ? 'media' : name);
  });

  it('keeps the words of what it cannot represent, for when the user edits anyway', () => {
    const result = md({ type: 'panel', attrs: { panelType: 'warning' }, content: [para(text('careful'))] }, { type: 'expand', attrs: { title: 'Details' }, content: [para(text('inside'))] }, para({ type: 'status', attrs: { text: 'IN REVIEW' } }));
    expect(result.markdown).toBe('careful\n\nDetails\n\ninside\n\nIN REVIEW');
    expect(result.lost).toEqual(['panel', 'expand', 'status']);
  });

  it('unsafe links keep only their text', () => {
    expect(md(para(link('click here', 'javascript:alert(1)'))).markdown).toBe('click here');
  });

  it('formatting Markdown cannot express is caught by reading the Markdown back', () => {
    // Bold inline code: marklassian keeps only the code mark.
    expect(lostOf(para({ type: 'text', text: 'x', marks: [{ type: 'strong' }, { type: 'code' }] }))).toEqual(['formatting']);
  });

  it('lists each loss once, in order of appearance, with words for the edit form', () => {
    const result = md(para({ type: 'mention', attrs: { text: '@A' } }), { type: 'panel', content: [para({ type: 'mention', attrs: { text: '@B' } })] });
    expect(result.lost).toEqual(['mention', 'panel']);
    expect(describeLoss(result.lost)).toBe('mentions and panels');
    expect(describeLoss(['table', 'panel', 'textColor'])).toBe('a complex table, panels, and coloured text');
  });

  it('the simulator descriptions: mentions, the panel, the unsafe link and colour are reported', () => {
    const people: User[] = [
      { accountId: 'a', displayName: 'Ada Lovelace', emailAddress: 'ada@example.com', timeZone: 'UTC', active: true },
      { accountId: 'b', displayName: 'Grace Hopper', emailAddress: 'grace@example.com', timeZone: 'UTC', active: true },
    ];
    const results = richDescriptions(people).map((value) => adfToMarkdown(parseAdf(value)));
    expect(results.map((r) => r.lost)).toEqual([['mention', 'panel'], ['mention'], ['unsafeLink', 'textColor']]);
    expect(results[1]?.markdown).toContain('| Stage | Audience | Date |\n| --- | --- | --- |\n| Canary | Staff | 2026-12-01 |');
    expect(results[2]?.markdown).not.toContain('javascript:');
  });
});

describe('round trip: Markdown → ADF → Markdown', () => {
  it.each([
    ['paragraphs', 'One paragraph.\n\nAnother one, with a line\\\nbreak.'],
    ['headings', '# One\n\n## Two\n\n###### Six'],
    ['marks', 'Some **bold**, _italic_, ~~struck~~ and `code` text, plus **bold _and italic_ together**.'],
    ['intraword emphasis', 'un*believ*able'],
    ['links', 'A [link](https://example.com/path?q=1#frag), [mail](mailto:someone@example.com), https://example.com/bare and [`code link`](https://example.com/c).'],
    ['nested lists', '- one\n- two\n  - two a\n  - two b\n    1. deep\n    2. deeper\n- three'],
    ['ordered list with start', '5. five\n6. six'],
    ['loose list item', '1. first\n\n   second paragraph\n2. next'],
    ['code block', '```python\ndef f():\n    return 1\n```'],
    ['plain code block', '```\nno language\n```'],
    ['blockquote', '> quoted\n>\n> - with a list'],
    ['rule', 'above\n\n---\n\nbelow'],
    ['task list', '- [ ] todo\n- [x] done\n  - [ ] nested'],
    ['table', '| Name | Value |\n| --- | --- |\n| a | `1` |\n| **b** | 2 |'],
    ['image', '![diagram](https://example.com/d.png)'],
    ['escapes', '\\# not a heading, 2 \\* 3, \\[x], snake_case and \\_under\\_'],
    ['adjacent lists', '- a\n\n* b'],
  ])('%s', (_name, markdown) => {
    const once = adfToMarkdown(markdownToAdf(markdown));
    expect(once).toEqual({ markdown, lossless: true, lost: [] });
  });

  it('ADF → Markdown → ADF keeps a supported document as it is', () => {
    const original = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Plan')] },
      para(text('Ship the '), text('new', 'strong'), text(' flow. See '), link('docs', 'https://example.com/docs'), text('.')),
      { type: 'bulletList', content: [item(para(text('one'))), item(para(text('two')), { type: 'bulletList', content: [item(para(text('two.a')))] })] },
      { type: 'codeBlock', attrs: { language: 'js' }, content: [text('run();')] },
      { type: 'blockquote', content: [para(text('said'))] },
      { type: 'rule' },
    );
    const { markdown, lossless } = adfToMarkdown(original);
    expect(lossless).toBe(true);
    expect(markdownToAdf(markdown)).toEqual(original);
  });

  it('a document that says lossless comes back with the same text and marks (generated cases)', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
    const words = ['a', 'foo', ' bar', 'baz ', ' ', '(x)', 'x.', '*', '_', 'snake_case', '1.', '#', '-', 'é', '`q`', '[b]', '~', '\\', '!', '<', '>', '**'];
    const markSets = [[], ['strong'], ['em'], ['strike'], ['code'], ['link'], ['strong', 'em'], ['em', 'link'], ['code', 'link'], ['strong', 'em', 'strike']];
    // Per visible character: the character and its marks (whitespace is not significant).
    const signature = (nodes: AdfNode[]) =>
      nodes
        .flatMap((node) => {
          if (node.type === 'hardBreak') return ['\n'];
          const marks = (node.marks ?? []).map((m) => m.type + (m.attrs?.href ?? '')).sort().join('+');
          return [...(node.text ?? '')].map((ch) => (/\s/.test(ch) ? ' ' : `${ch}{${marks}}`));
        })
        .join('')
        .replace(/ +/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .replace(/^[ \n]+|[ \n]+$/g, '');
    let lossless = 0;
    for (let i = 0; i < 1500; i += 1) {
      const content: AdfNode[] = Array.from({ length: 1 + Math.floor(random() * 5) }, () => {
        if (random() < 0.08) return { type: 'hardBreak' };
        const marks = pick(markSets).map((type) => (type === 'link' ? { type, attrs: { href: `https://e.com/${pick(['a', 'b'])}` } } : { type }));
        return { type: 'text', text: pick(words) + (random() < 0.5 ? pick(words) : ''), ...(marks.length ? { marks } : {}) };
      });
      const result = adfToMarkdown(doc(para(...content)));
      if (!result.lossless) continue;
      lossless += 1;
      const back = markdownToAdf(result.markdown)?.content ?? [];
      expect(back.length, result.markdown).toBeLessThanOrEqual(1);
      expect(signature(back[0]?.content ?? []), result.markdown).toBe(signature(content));
    }
    expect(lossless).toBeGreaterThan(700);
  });
});
