// A git branch name for an issue: `abc-123-short-summary`. Lowercase ASCII letters, digits and
// single hyphens only (safe for git, shells and every hosting service), at most 60 characters,
// cut between words so no word is left half-written.

export const BRANCH_NAME_MAX = 60;

// Letters that Unicode decomposition does not reduce to ASCII but that have a common spelling.
const SPELLED: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l', ĸ: 'k', ŋ: 'n',
};

/** The words of `text` in lowercase ASCII: accents dropped, anything else (emoji, CJK, punctuation) splits words. */
export function asciiWords(text: string): string[] {
  const plain = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþıŀĸŋ]/g, (c) => SPELLED[c] ?? '')
    // "don't" → "dont", not "don-t".
    .replace(/['’‘`]/g, '');
  return plain.split(/[^a-z0-9]+/).filter((w) => w !== '');
}

/** `abc-123-fix-login-on-safari` for ABC-123 "Fix login on Safari!", within `max` characters. */
export function branchName(key: string, summary: string, max = BRANCH_NAME_MAX): string {
  const base = asciiWords(key).join('-');
  let name = base;
  for (const word of asciiWords(summary)) {
    const next = name === '' ? word : `${name}-${word}`;
    if (next.length > max) {
      // A first word longer than all the room left is cut rather than dropped, so the name says something.
      if (name === base) name = next.slice(0, max);
      break;
    }
    name = next;
  }
  return name.slice(0, max).replace(/-+$/, '');
}
