// The `~` (CONTAINS) operator for text fields, after Atlassian's "Search syntax for text fields"
// (support.atlassian.com/jira-software-cloud/docs/search-syntax-for-text-fields/): words are
// matched whole and case-insensitively, several words must all occur (observed on real Jira:
// "a b" finds what "a AND b" finds), an inner "quoted phrase" must occur in order, `*` and `?`
// are wildcards, a leading `-` excludes a word, and common English stop words are ignored.
// Not imitated: stemming ("test" does not find "testing" here), OR/NOT, fuzzy `~`, boosts `^`.
import { invalid, unsupported } from './errors.ts';

// The stop-word list Jira's text search documentation gives.
const STOP_WORDS = new Set(('a an and are as at be but by for if in into is it no not of on or s such t ' +
  'that the their then there these they this to was will with').split(' '));

type TermPattern = string | RegExp;
interface TextClause { terms: TermPattern[]; exclude: boolean }

/** Splits text into lower-case word terms, dropping stop words, in order. */
export function analyze(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '' && !STOP_WORDS.has(t));
}

function wordPatterns(word: string): TermPattern[] {
  if (!/[*?]/.test(word)) return analyze(word);
  return word.toLowerCase().split(/[^\p{L}\p{N}*?]+/u).filter(Boolean).map((part) => /[*?]/.test(part)
    ? new RegExp(`^${part.replace(/\*/g, '[\\p{L}\\p{N}]*').replace(/\?/g, '[\\p{L}\\p{N}]')}$`, 'u')
    : part);
}

/** Compiles the right-hand side of `field ~ "..."` into a matcher over a field's plain text. */
export function compileTextQuery(query: string, field: string): (text: string) => boolean {
  if (query.trim() === '') throw invalid.emptyText(field);
  const clauses: TextClause[] = [];
  for (const [, phrase, word] of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (phrase !== undefined) {
      const terms = analyze(phrase);
      if (terms.length > 0) clauses.push({ terms, exclude: false });
      continue;
    }
    let w = word as string;
    if (w === 'AND' || w === '&&') continue;
    if (w === 'OR' || w === 'NOT' || w === '||' || w === '!') throw unsupported(`'${w}' inside a text search`);
    if (/[~^(){}[\]]/.test(w)) throw unsupported(`the text search syntax '${w}'`);
    let exclude = false;
    if (w.startsWith('-') || w.startsWith('+')) { exclude = w.startsWith('-'); w = w.slice(1); }
    const terms = wordPatterns(w);
    if (terms.length > 0) clauses.push({ terms, exclude });
  }
  return (text) => {
    const doc = analyze(text);
    // Like Lucene, a query with nothing positive to look for (only stop words or exclusions) finds nothing.
    if (!clauses.some((c) => !c.exclude)) return false;
    return clauses.every((c) => occurs(doc, c.terms) !== c.exclude);
  };
}

function occurs(doc: string[], terms: TermPattern[]): boolean {
  const hit = (term: TermPattern, token: string | undefined) =>
    token !== undefined && (typeof term === 'string' ? term === token : term.test(token));
  for (let i = 0; i + terms.length <= doc.length; i++) {
    if (terms.every((term, k) => hit(term, doc[i + k]))) return true;
  }
  return false;
}

/** Plain text of an Atlassian Document Format node (or a plain string), blocks separated by newlines. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return '';
  const node = value as { type?: unknown; text?: unknown; attrs?: Record<string, unknown>; content?: unknown };
  if (node.type === 'text' && typeof node.text === 'string') return node.text;
  if (node.type === 'hardBreak') return '\n';
  if (node.type === 'mention' || node.type === 'emoji') {
    const label = node.attrs?.text ?? node.attrs?.shortName;
    return typeof label === 'string' ? label : '';
  }
  if (!Array.isArray(node.content)) return '';
  const inline = node.type === 'paragraph' || node.type === 'heading';
  return node.content.map(plainText).join(inline ? '' : '\n');
}
