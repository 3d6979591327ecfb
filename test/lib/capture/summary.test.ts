import { describe, expect, it } from 'vitest';
import { firstLine, SUMMARY_LIMIT, summaryFromSelection } from '../../../lib/capture/summary.ts';

const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

describe('summaryFromSelection', () => {
  it('takes the first line that has text, with its whitespace collapsed', () => {
    expect(summaryFromSelection('\n  \n\t Login\u00a0 fails\ton   Safari \nsecond line')).toBe('Login fails on Safari');
    expect(summaryFromSelection('\r\n\r\nfirst\r\nsecond')).toBe('first');
    expect(summaryFromSelection('one\u2028two')).toBe('one');
    expect(summaryFromSelection('wide\u3000space\u2003and\u2009thin')).toBe('wide space and thin');
  });

  it('is empty for nothing but whitespace', () => {
    expect(summaryFromSelection('')).toBe('');
    expect(summaryFromSelection(' \n\t\u00a0\u3000\r\n ')).toBe('');
    expect(firstLine('\u0000\u0007')).toBe('');
  });

  it('keeps a line that fits unchanged, up to the limit', () => {
    const exact = 'a'.repeat(SUMMARY_LIMIT);
    expect(summaryFromSelection(exact)).toBe(exact);
    expect(SUMMARY_LIMIT).toBeLessThan(255);
  });

  it('cuts a long line between words, under 255 UTF-16 units, with an ellipsis', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const summary = summaryFromSelection(words);
    expect(summary.length).toBeLessThan(255);
    expect(summary.endsWith('…')).toBe(true);
    const kept = summary.slice(0, -1);
    expect(kept).not.toMatch(/\s$/);
    // Only whole words.
    expect(`${words} `.startsWith(`${kept} `)).toBe(true);
    // And as many as fit.
    const next = words.slice(kept.length + 1).split(' ')[0] ?? '';
    expect(kept.length + 1 + next.length + 1).toBeGreaterThan(SUMMARY_LIMIT);
  });

  it('cuts one word longer than the room between graphemes', () => {
    const summary = summaryFromSelection('x'.repeat(300));
    expect(summary).toBe(`${'x'.repeat(SUMMARY_LIMIT - 1)}…`);
  });

  it('never splits an emoji: ZWJ sequences, flags, skin tones, surrogate pairs', () => {
    const family = '👨‍👩‍👧‍👦'; // 11 UTF-16 units, one grapheme
    const flag = '🇩🇪';
    const wave = '👋🏽';
    for (const unit of [family, flag, wave, '😀', 'é\u0301']) {
      for (let offset = 0; offset < 12; offset += 1) {
        const text = 'a'.repeat(offset) + unit.repeat(200);
        const summary = summaryFromSelection(text);
        expect(summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
        const kept = graphemes(summary.slice(0, -1));
        // Every grapheme kept is whole: an 'a' or the full unit.
        for (const g of kept) expect(['a', unit]).toContain(g);
        expect(summary.endsWith('…')).toBe(true);
      }
    }
  });

  it('cuts emoji between words when there are spaces', () => {
    const text = Array.from({ length: 40 }, () => '🚀 launch').join(' ');
    const summary = summaryFromSelection(text);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(summary).toMatch(/(launch|🚀)…$/);
    expect(summary).not.toContain('\ud83d…');
  });

  it('cuts Chinese and Japanese (no spaces) at a word boundary within the limit', () => {
    const chinese = '我们需要修复登录页面上的错误'.repeat(30);
    const summary = summaryFromSelection(chinese);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(summary.length).toBeGreaterThan(SUMMARY_LIMIT - 10);
    expect(chinese.startsWith(summary.slice(0, -1))).toBe(true);
    const japanese = 'ログイン画面でエラーが発生します。'.repeat(30);
    const cut = summaryFromSelection(japanese);
    expect(cut.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(japanese.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('handles very long input quickly and only reads its first line', () => {
    const text = `${'lorem ipsum '.repeat(50_000)}\n${'second '.repeat(1000)}`;
    const started = Date.now();
    const summary = summaryFromSelection(text);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(summary).not.toContain('second');
  });

  it('takes a smaller limit', () => {
    expect(summaryFromSelection('Fix the login page on Safari', 12)).toBe('Fix the…');
  });
});
