import { describe, expect, it } from 'vitest';
import { adfPlainText } from '../../../lib/adf/plain-text.ts';
import { isSafeHref, safeHref } from '../../../lib/adf/safe-url.ts';
import { INVALID_NODE_TYPE, parseAdf } from '../../../lib/adf/schema.ts';

describe('parseAdf', () => {
  it('accepts a version 1 doc with any node types and attrs', () => {
    const value = { type: 'doc', version: 1, content: [{ type: 'futureThing', attrs: { x: [1] }, content: [{ type: 'text', text: 'hi', marks: [{ type: 'glow' }] }] }] };
    expect(parseAdf(value)).toMatchObject(value);
  });

  it.each([null, undefined, 'text', 42, [], {}, { type: 'doc', version: 2, content: [] }, { type: 'paragraph', version: 1, content: [] }, { type: 'doc', version: 1 }, { type: 'doc', version: 1, content: 'x' }])(
    'rejects %j',
    (value) => {
      expect(parseAdf(value)).toBeNull();
    },
  );

  it('drops malformed parts instead of rejecting the whole document', () => {
    const doc = parseAdf({ type: 'doc', version: 1, content: [null, { type: 'paragraph', content: 'not an array', text: 5 }, { type: 'text', text: 'ok', marks: 'bold', attrs: [] }] });
    expect(doc?.content.map((node) => node.type)).toEqual([INVALID_NODE_TYPE, 'paragraph', 'text']);
    expect(doc?.content[1]?.content).toBeUndefined();
    expect(doc?.content[2]).toMatchObject({ text: 'ok', marks: undefined, attrs: undefined });
  });

  it('returns null for a document too deep to parse instead of throwing', () => {
    let node: unknown = { type: 'text', text: 'x' };
    for (let i = 0; i < 100_000; i += 1) node = { type: 'paragraph', content: [node] };
    expect(parseAdf({ type: 'doc', version: 1, content: [node] })).toBeNull();
  });
});

describe('safeHref', () => {
  it.each(['https://example.com/a?b#c', 'http://example.com', 'mailto:a@example.com', ' https://example.com/ '])('allows %j', (href) => {
    expect(isSafeHref(href)).toBe(true);
    expect(safeHref(href)).toBe(new URL(href.trim()).href);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', '/relative', '//evil.example', '', 'not a url', 42, null])(
    'refuses %j',
    (href) => {
      expect(isSafeHref(href)).toBe(false);
      expect(safeHref(href)).toBeNull();
    },
  );
});

describe('adfPlainText', () => {
  it('collects text, mentions, emoji, status and dates in order', () => {
    const node = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Hi ' },
        { type: 'mention', attrs: { text: '@Ada' } },
        { type: 'text', text: ' ' },
        { type: 'emoji', attrs: { shortName: ':wave:', text: '👋' } },
        { type: 'status', attrs: { text: 'DONE' } },
        { type: 'date', attrs: { timestamp: '1767225600000' } },
      ],
    };
    expect(adfPlainText(node)).toBe('Hi @Ada 👋DONE2026-01-01');
  });

  it('survives cyclic and very deep values (bounded work: very deep text is not reached)', () => {
    const cyclic: { type: string; content: unknown[] } = { type: 'x', content: [] };
    cyclic.content.push(cyclic, { type: 'text', text: 'a' });
    expect(() => adfPlainText(cyclic)).not.toThrow();
    let deep: unknown = { type: 'text', text: 'bottom' };
    for (let i = 0; i < 100_000; i += 1) deep = { type: 'x', content: [deep] };
    expect(adfPlainText(deep)).toBe('');
  });
});
