import { describe, expect, it } from 'vitest';
import { BRANCH_NAME_MAX, branchName } from '../../../lib/capture/branch-name.ts';

const safe = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('branchName', () => {
  it('joins the lowercase key and the summary words with hyphens', () => {
    expect(branchName('ABC-123', 'Fix login on Safari!')).toBe('abc-123-fix-login-on-safari');
  });

  it('drops punctuation, keeps words apart, and joins contractions', () => {
    expect(branchName('ABC-1', "  Don't crash: when (user) clicks   'Save' / 'Cancel'…  ")).toBe('abc-1-dont-crash-when-user-clicks-save-cancel');
    expect(branchName('ABC-1', 'v2.0 API_key rollout')).toBe('abc-1-v2-0-api-key-rollout');
  });

  it('turns accented letters into ASCII and spells out the letters that do not decompose', () => {
    expect(branchName('CAFÉ-7', 'Crème brûlée für Straße, Ærø og Łódź')).toBe('cafe-7-creme-brulee-fur-strasse-aero-og-lodz');
    expect(branchName('ABC-1', 'Ｆｕｌｌ ｗｉｄｔｈ ﬁle')).toBe('abc-1-full-width-file');
  });

  it('leaves out emoji and scripts without an ASCII spelling', () => {
    expect(branchName('ABC-2', '🚀 Launch 🎉 the 新しい feature ✨')).toBe('abc-2-launch-the-feature');
    expect(branchName('ABC-3', '日本語のタイトル')).toBe('abc-3');
    expect(branchName('ABC-4', '👨‍👩‍👧‍👦')).toBe('abc-4');
  });

  it('stays within 60 characters and cuts between words', () => {
    const summary = 'Make the onboarding checklist remember which steps a user has already completed across devices';
    const name = branchName('ABC-123', summary);
    expect(name).toBe('abc-123-make-the-onboarding-checklist-remember-which-steps-a');
    expect(name.length).toBeLessThanOrEqual(BRANCH_NAME_MAX);
    expect(`${summary.toLowerCase().replace(/ /g, '-')}-`.includes(`${name.slice('abc-123-'.length)}-`)).toBe(true);
  });

  it('never ends in a hyphen or a half word, whatever the length', () => {
    const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma'.split(' ');
    for (let n = 1; n <= words.length; n += 1) {
      const name = branchName('PROJ-4567', words.slice(0, n).join(' '));
      expect(name.length).toBeLessThanOrEqual(60);
      expect(name).toMatch(safe);
      for (const part of name.split('-').slice(2)) expect(words).toContain(part);
    }
  });

  it('cuts a single word longer than the room instead of dropping everything', () => {
    const name = branchName('ABC-1', 'x'.repeat(200));
    expect(name).toBe(`abc-1-${'x'.repeat(54)}`.slice(0, 60));
    expect(name.length).toBe(60);
    expect(branchName('ABC-1', `short ${'y'.repeat(80)}`)).toBe('abc-1-short');
  });

  it('is the key alone when the summary has nothing usable', () => {
    expect(branchName('ABC-9', '')).toBe('abc-9');
    expect(branchName('ABC-9', '!!! ??? ---')).toBe('abc-9');
  });

  it('always gives a name git accepts', () => {
    const samples = ['a/b\\c', '..lock', 'x@{y}', 'tab\there', 'new\nline', 'ümlaut-é', '-leading', 'trailing-'];
    for (const s of samples) expect(branchName('ABC-1', s)).toMatch(safe);
  });

  it('drops emoji of every shape: ZWJ sequences, flags, skin tones, keycaps', () => {
    expect(branchName('ABC-5', '👨‍👩‍👧‍👦 family 🇩🇪 flag 👋🏽 wave 1️⃣ keycap')).toBe('abc-5-family-flag-wave-1-keycap');
    expect(branchName('ABC-5', '🏳️‍🌈🏴‍☠️')).toBe('abc-5');
  });

  it('spells Latin letters from other languages and leaves out scripts it cannot', () => {
    expect(branchName('ABC-6', 'İstanbul şehri ve Ğ')).toBe('abc-6-istanbul-sehri-ve-g');
    expect(branchName('ABC-6', 'Tiếng Việt có dấu')).toBe('abc-6-tieng-viet-co-dau');
    expect(branchName('ABC-6', 'Ελληνικά и русский fix')).toBe('abc-6-fix');
    expect(branchName('ABC-6', '한국어 제목 bug')).toBe('abc-6-bug');
  });

  it('stays within 60 characters for very long Unicode input, never ending in a hyphen', () => {
    const summary = `${'Crème brûlée 🚀 日本 '.repeat(2000)}end`;
    const name = branchName('LONGPROJECT-123456', summary);
    expect(name.length).toBeLessThanOrEqual(BRANCH_NAME_MAX);
    expect(name).toMatch(safe);
    expect(name.startsWith('longproject-123456-creme-brulee-creme')).toBe(true);
  });

  it('is plain ASCII for any input', () => {
    const samples = ['\u0000\u001f control', 'ﬀ ligature ǅ', 'Ⅻ roman', 'x\u0301\u0302\u0303 stacked', '\ud800 lone surrogate'];
    for (const s of samples) {
      const name = branchName('ABC-1', s);
      expect(name).toMatch(safe);
      expect(name.length).toBeLessThanOrEqual(BRANCH_NAME_MAX);
    }
    expect(branchName('ABC-1', 'ﬀ ligature ǅ')).toBe('abc-1-ff-ligature-dz');
    expect(branchName('ABC-1', 'Ⅻ roman')).toBe('abc-1-xii-roman');
  });
});
