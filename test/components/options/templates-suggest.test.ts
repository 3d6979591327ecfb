import { describe, expect, it } from 'vitest';
import { insertVariable, openPlaceholder, variablesFor } from '../../../components/options/templates/variable-suggest.ts';

describe('the {{ suggestion list', () => {
  it.each([
    ['right after {{', 'Hi {{', 5, { start: 3, partial: '' }],
    ['with part of a name and a space', 'Hi {{ ti', 8, { start: 3, partial: 'ti' }],
    ['not after a closed placeholder', 'Hi {{url}}', 10, undefined],
    ['not with the caret before the braces', 'Hi {{', 2, undefined],
    ['not after a single brace', 'Hi {', 4, undefined],
  ])('opens %s', (_label, text, caret, expected) => {
    expect(openPlaceholder(text, caret)).toEqual(expected);
  });

  it('filters by what was typed, in any case', () => {
    expect(variablesFor('')).toEqual(['selection', 'url', 'title', 'date', 'site']);
    expect(variablesFor('S')).toEqual(['selection', 'site']);
    expect(variablesFor('x')).toEqual([]);
  });

  it.each([
    ['at the end', 'Hi {{ti', 7, 'Hi {{url}}', 10],
    ['in the middle, keeping what follows', 'A {{ and B', 4, 'A {{url}} and B', 9],
    ['over the rest of a closed name, without doubling braces', 'A {{ti}} B', 5, 'A {{url}} B', 9],
  ])('inserts %s', (_label, text, caret, expected, expectedCaret) => {
    const open = openPlaceholder(text, caret);
    if (!open) throw new Error('no open placeholder');
    expect(insertVariable(text, caret, open, 'url')).toEqual({ text: expected, caret: expectedCaret });
  });
});
