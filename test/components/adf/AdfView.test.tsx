// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AdfView } from '../../../components/adf/AdfView.tsx';
import { richDescriptions } from '../../sim/seed/rich-descriptions.ts';
import type { User } from '../../sim/types.ts';

type Node = Record<string, unknown>;
const doc = (...content: unknown[]) => ({ type: 'doc', version: 1, content });
const text = (value: string, marks?: Node[]): Node => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const para = (...content: unknown[]): Node => ({ type: 'paragraph', content });
const link = (value: string, href: unknown): Node => text(value, [{ type: 'link', attrs: { href } }]);
const item = (...content: unknown[]): Node => ({ type: 'listItem', content: [para(...content)] });

afterEach(cleanup);

describe('AdfView: nodes', () => {
  it('renders paragraphs and text', () => {
    const { container } = render(<AdfView doc={doc(para(text('Hello '), text('world')), para(text('Second')))} />);
    expect([...container.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Hello world', 'Second']);
  });

  it('maps heading levels below the page outline (level 1 → h3 by default)', () => {
    render(<AdfView doc={doc({ type: 'heading', attrs: { level: 1 }, content: [text('Top')] }, { type: 'heading', attrs: { level: 2 }, content: [text('Sub')] }, { type: 'heading', attrs: { level: 6 }, content: [text('Tiny')] })} />);
    expect(screen.getByRole('heading', { name: 'Top', level: 3 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sub', level: 4 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Tiny', level: 6 })).toBeTruthy();
  });

  it('takes another top heading level', () => {
    render(<AdfView doc={doc({ type: 'heading', attrs: { level: 1 }, content: [text('Top')] })} topHeadingLevel={2} />);
    expect(screen.getByRole('heading', { name: 'Top', level: 2 })).toBeTruthy();
  });

  it('renders bullet and ordered lists with their items, nested, with the start number', () => {
    const { container } = render(
      <AdfView
        doc={doc(
          { type: 'bulletList', content: [item(text('one')), { type: 'listItem', content: [para(text('two')), { type: 'orderedList', attrs: { order: 3 }, content: [item(text('three')), item(text('four'))] }] }] },
        )}
      />,
    );
    const lists = screen.getAllByRole('list');
    expect(lists).toHaveLength(2);
    expect(within(lists[1] as HTMLElement).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['three', 'four']);
    expect(container.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(container.querySelector('ul > li')?.textContent).toBe('one');
  });

  it('renders a code block as pre > code, keeping its text exactly', () => {
    const code = 'if (a < b) {\n  return "<b>";\n}';
    const { container } = render(<AdfView doc={doc({ type: 'codeBlock', attrs: { language: 'js' }, content: [text(code)] })} />);
    const pre = container.querySelector('pre');
    expect(pre?.getAttribute('data-language')).toBe('js');
    expect(pre?.querySelector('code')?.textContent).toBe(code);
    expect(container.querySelector('b')).toBeNull();
  });

  it('renders text marks as elements', () => {
    const { container } = render(
      <AdfView
        doc={doc(
          para(
            text('b', [{ type: 'strong' }]),
            text('i', [{ type: 'em' }]),
            text('c', [{ type: 'code' }]),
            text('s', [{ type: 'strike' }]),
            text('u', [{ type: 'underline' }]),
            text('2', [{ type: 'subsup', attrs: { type: 'sup' } }]),
            text('0', [{ type: 'subsup', attrs: { type: 'sub' } }]),
            text('red', [{ type: 'textColor', attrs: { color: '#f00' } }]),
          ),
        )}
      />,
    );
    const p = container.querySelector('p') as HTMLElement;
    expect(['strong', 'em', 'code', 's', 'u', 'sup', 'sub'].map((tag) => p.querySelector(tag)?.textContent)).toEqual(['b', 'i', 'c', 's', 'u', '2', '0']);
    expect(p.textContent).toBe('bicsu20red');
    expect(p.querySelector('[style]')).toBeNull();
  });

  it('renders links with their name and href, opening in a new tab without opener', () => {
    render(<AdfView doc={doc(para(text('see '), link('the docs', 'https://example.com/docs?a=1'), text(' or '), link('mail us', 'mailto:team@example.com')))} />);
    const docs = screen.getByRole('link', { name: 'the docs' });
    expect(docs.getAttribute('href')).toBe('https://example.com/docs?a=1');
    expect(docs.getAttribute('target')).toBe('_blank');
    expect(docs.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByRole('link', { name: 'mail us' }).getAttribute('href')).toBe('mailto:team@example.com');
  });

  it('renders marks combined with a link inside the link', () => {
    render(<AdfView doc={doc(para(text('bold link', [{ type: 'strong' }, { type: 'link', attrs: { href: 'https://example.com/' } }])))} />);
    expect(screen.getByRole('link', { name: 'bold link' }).querySelector('strong')?.textContent).toBe('bold link');
  });

  it('renders blockquote, rule and hard break', () => {
    const { container } = render(<AdfView doc={doc({ type: 'blockquote', content: [para(text('quoted'))] }, { type: 'rule' }, para(text('a'), { type: 'hardBreak' }, text('b')))} />);
    expect(container.querySelector('blockquote')?.textContent).toBe('quoted');
    expect(container.querySelector('hr')).not.toBeNull();
    expect(container.querySelector('p br')).not.toBeNull();
  });

  it('renders mentions, emoji, status and dates as text', () => {
    const { container } = render(
      <AdfView
        doc={doc(
          para(
            { type: 'mention', attrs: { id: '1', text: '@Ada Lovelace' } },
            text(' '),
            { type: 'mention', attrs: { id: '2', text: 'Grace' } },
            text(' '),
            { type: 'emoji', attrs: { shortName: ':smile:', text: '😄' } },
            { type: 'emoji', attrs: { shortName: ':parrot:' } },
            text(' '),
            { type: 'status', attrs: { text: 'IN PROGRESS', color: 'blue' } },
            text(' '),
            { type: 'date', attrs: { timestamp: '1767225600000' } },
          ),
        )}
      />,
    );
    expect(container.querySelector('p')?.textContent).toBe('@Ada Lovelace @Grace 😄:parrot: IN PROGRESS 2026-01-01');
    expect(container.querySelector('.adf-mention')?.textContent).toBe('@Ada Lovelace');
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2026-01-01');
  });

  it('renders inline and block cards as links', () => {
    render(<AdfView doc={doc(para({ type: 'inlineCard', attrs: { url: 'https://site.atlassian.net/browse/ABC-1' } }), { type: 'blockCard', attrs: { url: 'https://example.com/page' } })} />);
    expect(screen.getByRole('link', { name: 'https://site.atlassian.net/browse/ABC-1' }).getAttribute('href')).toBe('https://site.atlassian.net/browse/ABC-1');
    expect(screen.getByRole('link', { name: 'https://example.com/page' })).toBeTruthy();
  });

  it('renders a table with header and body cells', () => {
    const cell = (type: string, value: string) => ({ type, attrs: {}, content: [para(text(value))] });
    render(
      <AdfView
        doc={doc({
          type: 'table',
          content: [
            { type: 'tableRow', content: [cell('tableHeader', 'Stage'), cell('tableHeader', 'Date')] },
            { type: 'tableRow', content: [cell('tableCell', 'Beta'), { type: 'tableCell', attrs: { colspan: 1, rowspan: 2 }, content: [para(text('Soon'))] }] },
          ],
        })}
      />,
    );
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Stage', 'Date']);
    expect(within(table).getAllByRole('cell').map((td) => td.textContent)).toEqual(['Beta', 'Soon']);
    expect(within(table).getByRole('cell', { name: 'Soon' }).getAttribute('rowspan')).toBe('2');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  });

  it('renders a panel as a note, an expand with its title, and media as a placeholder', () => {
    const { container } = render(
      <AdfView
        doc={doc(
          { type: 'panel', attrs: { panelType: 'warning' }, content: [para(text('Careful'))] },
          { type: 'expand', attrs: { title: 'More' }, content: [para(text('Hidden detail'))] },
          { type: 'mediaSingle', content: [{ type: 'media', attrs: { type: 'file', id: 'x', collection: 'y' } }] },
          { type: 'mediaSingle', content: [{ type: 'media', attrs: { type: 'external', url: 'https://example.com/i.png', alt: 'chart' } }] },
        )}
      />,
    );
    expect(screen.getByRole('note', { name: 'Warning' }).textContent).toBe('Careful');
    expect(container.querySelector('details summary')?.textContent).toBe('More');
    expect(container.querySelector('details')?.textContent).toContain('Hidden detail');
    expect(screen.getByText('[attachment]')).toBeTruthy();
    expect(screen.getByRole('link', { name: '[image: chart]' }).getAttribute('href')).toBe('https://example.com/i.png');
    expect(container.querySelector('img')).toBeNull();
  });

  it('renders task and decision lists', () => {
    render(
      <AdfView
        doc={doc(
          { type: 'taskList', content: [{ type: 'taskItem', attrs: { state: 'DONE' }, content: [text('written')] }, { type: 'taskItem', attrs: { state: 'TODO' }, content: [text('tested')] }] },
          { type: 'decisionList', content: [{ type: 'decisionItem', attrs: { state: 'DECIDED' }, content: [text('ship it')] }] },
        )}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['☑ written', '☐ tested', '◆ ship it']);
    expect(screen.getByRole('img', { name: 'Done' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'To do' })).toBeTruthy();
  });

  it('renders unknown nodes as their text', () => {
    const { container } = render(<AdfView doc={doc({ type: 'fancyNewBlock', content: [para(text('inside new block'))] }, para({ type: 'fancyInline', content: [text('inline future')] }))} />);
    expect(container.textContent).toContain('inside new block');
    expect(container.textContent).toContain('inline future');
  });

  it('renders nothing for null, and a plain string as text', () => {
    const { container } = render(<AdfView doc={null} />);
    expect(container.textContent).toBe('');
    cleanup();
    render(<AdfView doc={'plain <b>text</b>\n\nsecond'} />);
    expect(screen.getByText('plain <b>text</b>')).toBeTruthy();
  });
});

describe('AdfView: hostile content', () => {
  it('shows HTML in text as text', () => {
    const { container } = render(<AdfView doc={doc(para(text('<img src=x onerror=alert(1)>')), { type: 'codeBlock', content: [text('<script>alert(1)</script>')] })} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with odd case and spaces', '  JaVaScRiPt:alert(1)'],
    ['javascript: with a tab', 'java\tscript:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:', 'vbscript:msgbox("x")'],
    ['file:', 'file:///etc/passwd'],
    ['relative', '/secure/admin'],
    ['not a string', { toString: (): string => 'javascript:alert(1)' }],
  ])('a %s link renders its text without a link', (_kind, href) => {
    const { container } = render(<AdfView doc={doc(para(link('click me', href)))} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByText('click me')).toBeTruthy();
  });

  it('unsafe card and media URLs are not links either', () => {
    const { container } = render(
      <AdfView
        doc={doc(
          para({ type: 'inlineCard', attrs: { url: 'javascript:alert(1)' } }),
          { type: 'blockCard', attrs: { url: 'data:text/html,x' } },
          { type: 'mediaSingle', content: [{ type: 'media', attrs: { type: 'external', url: 'javascript:alert(1)' } }] },
        )}
      />,
    );
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('javascript:alert(1)');
  });

  it.each([
    ['content that is not an array', doc({ type: 'paragraph', content: 'oops' }, { type: 'bulletList', content: { 0: 'x' } })],
    ['nodes that are not objects', doc(null, 42, 'str', [], { type: 7 }, { noType: true })],
    ['text that is not a string', doc(para({ type: 'text', text: { evil: true } }, { type: 'text', text: 42 }))],
    ['marks that are not an array or not objects', doc(para({ type: 'text', text: 'a', marks: 'strong' }, { type: 'text', text: 'b', marks: [null, 5, { type: 9 }, { type: 'link' }, { type: 'link', attrs: 'x' }] }))],
    ['attrs of the wrong kind', doc({ type: 'heading', attrs: { level: 'huge' }, content: [text('h')] }, { type: 'orderedList', attrs: { order: -4 }, content: [item(text('x'))] }, { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1e9 } }] }] })],
    ['a doc without content', { type: 'doc', version: 1 }],
    ['a number', 42],
    ['an array', [para(text('x'))]],
  ])('does not throw on %s', (_kind, value) => {
    expect(() => render(<AdfView doc={value} />)).not.toThrow();
  });

  it('caps very deep nesting and still shows the text', () => {
    let node: Node = para(text('deep down'));
    for (let i = 0; i < 5000; i += 1) node = { type: 'blockquote', content: [node] };
    const { container } = render(<AdfView doc={doc(node)} />);
    expect(container.querySelectorAll('blockquote').length).toBeLessThanOrEqual(60);
    expect(container.textContent).toContain('deep down');
  });

  it('survives a cyclic value', () => {
    const cyclic: Node & { content: unknown[] } = { type: 'blockquote', content: [] };
    cyclic.content.push(para(text('again')), cyclic, cyclic);
    expect(() => render(<AdfView doc={doc(cyclic)} />)).not.toThrow();
  });
});

describe('AdfView: the simulator descriptions', () => {
  const people: User[] = [
    { accountId: 'a', displayName: 'Ada Lovelace', emailAddress: 'ada@example.com', timeZone: 'UTC', active: true },
    { accountId: 'b', displayName: 'Grace Hopper', emailAddress: 'grace@example.com', timeZone: 'UTC', active: true },
  ];
  const descriptions = richDescriptions(people);

  it('renders each without throwing, with only safe links', () => {
    for (const description of descriptions) {
      const { container } = render(<AdfView doc={description} />);
      for (const anchor of container.querySelectorAll('a')) {
        expect(['https:', 'http:', 'mailto:']).toContain(new URL(anchor.getAttribute('href') ?? '').protocol);
        expect(anchor.getAttribute('rel')).toBe('noopener noreferrer');
      }
      cleanup();
    }
  });

  it('shows the first: headings, mention, link, steps, code and the warning panel', () => {
    render(<AdfView doc={descriptions[0]} />);
    expect(screen.getByRole('heading', { name: 'Context', level: 4 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Steps to reproduce', level: 5 })).toBeTruthy();
    expect(screen.getByText('@Ada Lovelace')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'the status page' }).getAttribute('href')).toBe('https://status.example.com/incidents/42');
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText('Pay now').tagName).toBe('CODE');
    expect(screen.getByRole('note', { name: 'Warning' }).textContent).toContain('Customers lose their cart');
  });

  it('shows the second: the table and the mail link', () => {
    render(<AdfView doc={descriptions[1]} />);
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Stage', 'Audience', 'Date']);
    expect(screen.getByRole('cell', { name: 'Everyone' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'the team' }).getAttribute('href')).toBe('mailto:billing@example.com');
  });

  it('shows the third: emoji, quote, and the javascript: link as plain text', () => {
    const { container } = render(<AdfView doc={descriptions[2]} />);
    expect(container.textContent).toContain('⚠️ Imported from the old tracker');
    expect(container.querySelector('blockquote')?.textContent).toBe('The export button does nothing in Safari.');
    expect(container.textContent).toContain('Workaround from support: click here(do not use, kept as reported)');
    expect(container.querySelector('p br')).not.toBeNull();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});
