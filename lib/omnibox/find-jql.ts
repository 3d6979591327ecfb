// Free text from the address bar (`jira login safari`) as the Find section's JQL: a text search
// for the words, newest first. Bounded by the text condition, as /search/jql requires.
import { jqlString, textSearchWords } from '../jira/jql-text.ts';

/** `text ~ "login safari" ORDER BY updated DESC`; undefined when no searchable word is left
 *  (only stop words or punctuation), so Find opens empty rather than with a failing query. */
export function findJql(text: string): string | undefined {
  const words = textSearchWords(text);
  return words === undefined ? undefined : `text ~ ${jqlString(words)} ORDER BY updated DESC`;
}
