import { describe, expect, it } from 'vitest';
import { t, tn } from '../../../lib/i18n/page-text.ts';

describe('page text', () => {
  it('reads the English messages', () => {
    expect(t('tryAgain')).toBe('Try again');
  });
  it('picks the plural form for the count', () => {
    expect(tn('issueCount', 1)).toBe('1 issue');
    expect(tn('issueCount', 7)).toBe('7 issues');
  });
});
