// Building JQL from user text. Two layers of syntax meet here:
// - JQL string literals: in "...", a backslash escapes `"` and `\` (and writes \t \n \r).
//   https://support.atlassian.com/jira-software-cloud/docs/use-advanced-search-with-jira-query-language-jql/
// - the text search behind `~` (Lucene): + - & | ! ( ) { } [ ] ^ ~ * ? \ : " are operators,
//   AND / OR / NOT too, and common English words are not indexed at all.
//   https://support.atlassian.com/jira-software-cloud/docs/search-syntax-for-text-fields/

/** `value` as a JQL string literal, quotes included. */
export function jqlString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
}

// The stop words Atlassian's text search documentation lists: a query made of them finds nothing.
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or s such t that the their then there these they this to was will with'.split(' '),
);

/**
 * The plain words of `text` to hand to `~`, or undefined when none is left. Rather than escaping
 * Lucene's operators, which the index does not hold anyway, only words made of letters and digits
 * are kept (punctuation trimmed from their ends), lower-cased so AND/OR/NOT stay words, and stop
 * words are dropped. Words with inner punctuation ("don't", "v1.2", "e-mail") are left out: the
 * index splits them in ways that differ between analysers. Fewer words only widen the search;
 * callers that need an exact match compare the results themselves.
 */
export function textSearchWords(text: string): string | undefined {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter((w) => w !== '' && /^[\p{L}\p{N}]+$/u.test(w) && !STOP_WORDS.has(w));
  return words.length > 0 ? [...new Set(words)].join(' ') : undefined;
}
