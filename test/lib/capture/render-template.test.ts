import { describe, expect, it } from 'vitest';
import { markdownToAdf } from '../../../lib/adf/markdown-to-adf.ts';
import type { AdfDoc, AdfNode } from '../../../lib/adf/schema.ts';
import { renderTemplate } from '../../../lib/capture/render-template.ts';
import { DEFAULT_TEMPLATE } from '../../../lib/capture/template.ts';
import type { TemplateValues } from '../../../lib/capture/template-variables.ts';

const values = (over: Partial<TemplateValues> = {}): TemplateValues => ({
  selection: 'Picked text',
  url: 'https://example.com/article',
  title: 'An article',
  date: '2024-05-06',
  site: 'https://team.atlassian.net',
  ...over,
});
const md = (text: string, over: Partial<TemplateValues> = {}) => renderTemplate(text, values(over), { markdown: true });
const plain = (text: string, over: Partial<TemplateValues> = {}) => renderTemplate(text, values(over), { markdown: false });

const blocks = (markdown: string): AdfNode[] => (markdownToAdf(markdown) as AdfDoc).content;
const nodes = (list: AdfNode[]): AdfNode[] => list.flatMap((n) => [n, ...nodes(n.content ?? [])]);
const texts = (list: AdfNode[]) => nodes(list).filter((n) => n.type === 'text');

describe('renderTemplate, markdown: false (summary)', () => {
  it.each([
    ['a variable', '{{title}}', {}, 'An article'],
    ['spaced placeholders', '{{ title }} – {{\tdate }}', {}, 'An article – 2024-05-06'],
    ['repeated placeholders', '{{date}}/{{date}}', {}, '2024-05-06/2024-05-06'],
    ['Markdown characters as they are', '{{title}}', { title: '*bold* [x](y) # h' }, '*bold* [x](y) # h'],
    ['an empty value', 'Note: {{selection}}!', { selection: '' }, 'Note: !'],
    ['unknown variables as written', '{{foo}} {{ Title }} {{title}}', {}, '{{foo}} {{ Title }} An article'],
    ['a value containing a placeholder is not filled again', '{{title}}', { title: '{{url}}' }, '{{url}}'],
  ])('%s', (_label, template, over, expected) => {
    expect(plain(template, over)).toBe(expected);
  });
});

describe('renderTemplate, markdown: true (description)', () => {
  it.each([
    ['escapes emphasis and code', '{{title}}', { title: '*a* _b_ `c` ~d~' }, '\\*a\\* \\_b\\_ \\`c\\` \\~d\\~'],
    ['escapes link syntax', 'x {{title}}', { title: '[x](javascript:alert(1))' }, 'x \\[x\\](javascript:alert(1))'],
    ['escapes a heading at a line start', '{{title}}', { title: '# Big' }, '\\# Big'],
    ['leaves # mid-line alone', 'See {{title}}', { title: 'C# tips' }, 'See C# tips'],
    ['escapes an autolink', '{{title}}', { title: '<https://evil.test>' }, '\\<https://evil.test>'],
    ['escapes entities', '{{title}}', { title: 'a &amp; b' }, 'a \\&amp; b'],
    ['escapes table pipes', '| {{title}} |', { title: 'a|b' }, '| a\\|b |'],
    ['keeps intra-word underscores', '{{title}}', { title: 'snake_case_name' }, 'snake_case_name'],
    ['an empty value', '> {{selection}}', { selection: '' }, '> '],
    ['unknown variables as written', '{{nope}} {{url}}', {}, '{{nope}} https://example.com/article'],
    ['a value containing a placeholder is not filled again', '{{title}}', { title: '{{url}}' }, '{{url}}'],
    ['repeated and spaced placeholders', '{{ date }}, {{date}}', {}, '2024-05-06, 2024-05-06'],
  ])('%s', (_label, template, over, expected) => {
    expect(md(template, over)).toBe(expected);
  });

  it.each([
    ['a plain URL', 'https://example.com/a', '[t](https://example.com/a)'],
    ['a URL with parentheses', 'https://en.wikipedia.org/wiki/Jira_(software)', '[t](https://en.wikipedia.org/wiki/Jira_\\(software\\))'],
    ['a URL with spaces', 'https://example.com/a b', '[t](<https://example.com/a b>)'],
    ['a URL with angle brackets and spaces', 'https://x.test/a <b>', '[t](<https://x.test/a \\<b\\>>)'],
  ])('puts %s in a link destination', (_label, url, expected) => {
    expect(md('[t]({{url}})', { url })).toBe(expected);
  });

  it.each([
    ['"> " for every line', '> {{selection}}', 'one\ntwo', '> one\n> two'],
    ['"- " for every line', '- {{selection}}', 'one\ntwo', '- one\n- two'],
    ['nested quotes and numbered lists', '> 1. {{selection}}', 'one\ntwo', '> 1. one\n> 1. two'],
    ['a blank line inside a quote stays quoted', '> {{selection}}', 'one\n\ntwo', '> one\n>\n> two'],
    ['a blank line inside a list is dropped', '- {{selection}}', 'one\n\ntwo', '- one\n- two'],
    ['CRLF and CR line ends', '> {{selection}}', 'one\r\ntwo\rthree', '> one\n> two\n> three'],
    ['block syntax on later lines is escaped', '> {{selection}}', 'one\n# two\n- three\n> four', '> one\n> \\# two\n> \\- three\n> \\> four'],
    ['indentation and trailing spaces are trimmed', '> {{selection}}', '  one  \n      two   ', '> one\n> two'],
    ['no prefix: later lines start their own lines, escaped', 'Said: {{selection}}', 'one\n- two', 'Said: one\n\\- two'],
  ])('continues the line prefix: %s', (_label, template, selection, expected) => {
    expect(md(template, { selection })).toBe(expected);
  });

  it('normalises CRLF in the template itself', () => {
    expect(md('> {{selection}}\r\n\r\nEnd', { selection: 'a' })).toBe('> a\n\nEnd');
  });

  it('renders the default template as a quote and a source link', () => {
    const out = md(DEFAULT_TEMPLATE.description, { selection: 'First\nSecond', title: 'T [1]' });
    expect(out).toBe('> First\n> Second\n\nSource: [T \\[1\\]](https://example.com/article)');
    const doc = blocks(out);
    expect(doc.map((b) => b.type)).toEqual(['blockquote', 'paragraph']);
    const link = texts(doc).find((n) => n.text === 'T [1]');
    expect(link?.marks).toEqual([{ type: 'link', attrs: { href: 'https://example.com/article' } }]);
  });

  it.each([
    '**bold** _it_ `code` ~~s~~',
    '[click](https://evil.test) ![img](https://evil.test/x.png)',
    '# heading',
    '- item',
    '1. item',
    '> quote',
    '---',
    '<https://evil.test> <b>x</b> a &lt; b',
    'a\\*b\\',
    '| a | b |',
  ])('hostile page text %j reads back as exactly that text, with no structure or hidden links', (hostile) => {
    const doc = blocks(md('{{title}}', { title: hostile }));
    expect(doc.map((b) => b.type)).toEqual(['paragraph']);
    const inline = texts(doc);
    expect(inline.map((n) => n.text).join('')).toBe(hostile);
    // The only mark allowed is GFM's autolink of a bare URL, whose visible text is its address.
    for (const node of inline) {
      for (const mark of node.marks ?? []) expect(mark).toEqual({ type: 'link', attrs: { href: node.text } });
    }
    expect(nodes(doc).some((n) => n.type === 'mediaSingle' || n.type === 'media')).toBe(false);
  });

  it('keeps a hostile multi-line selection inside the quote', () => {
    const doc = blocks(md('> {{selection}}\n\nAfter', { selection: 'a\n\n# b\n- c\n```\nd' }));
    expect(doc.map((b) => b.type)).toEqual(['blockquote', 'paragraph']);
    expect((doc[0]?.content ?? []).every((b) => b.type === 'paragraph')).toBe(true);
  });
});
