// A small, strict JQL engine for the Jira simulator: it accepts a deliberate subset of JQL,
// answers it the way Jira Cloud does, and rejects the rest with Jira's own error texts (or, for
// real JQL the simulator does not model, with a message that says so).
import { compileWhere } from './evaluate.ts';
import { buildFields } from './fields.ts';
import { compileOrder, DEFAULT_ORDER } from './order.ts';
import { parseJql } from './parse.ts';
import type { Issue, SiteState, User } from '../types.ts';

export { JqlError } from './errors.ts';
export { DEFAULT_ORDER } from './order.ts';

export interface JqlEnv {
  site: SiteState;
  /** Who currentUser() is. */
  currentAccountId: string;
  /** "Now" in ms, for now(), startOfDay() and relative dates such as -7d. */
  now: number;
  /** Optional: lets ORDER BY assignee/reporter sort by display name, as Jira does. */
  users?: readonly User[];
}

export interface CompiledJql {
  matches(issue: Issue): boolean;
  /** For Array.prototype.sort: the query's ORDER BY, or DEFAULT_ORDER (key DESC) without one. */
  compare(a: Issue, b: Issue): number;
  /** False when nothing restricts the search (empty, or ORDER BY alone): /rest/api/3/search/jql
   *  rejects such queries (the JQL must be bounded, lib/ATLASSIAN.md#search). */
  bounded: boolean;
}

/** The errorMessages text Jira Cloud answers (HTTP 400) to an unbounded query on
 *  /rest/api/3/search/jql, as reported by several API clients; the spec only says the JQL must be bounded. */
export const UNBOUNDED_QUERY_MESSAGE = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

/** Parses and validates `jql` against `env.site`; throws JqlError with Jira's message. */
export function compileJql(jql: string, env: JqlEnv): CompiledJql {
  const query = parseJql(jql);
  const fields = buildFields(env);
  const matches = query.where ? compileWhere(query.where, fields, env.site, env) : () => true;
  const compare = compileOrder(query.orderBy ?? DEFAULT_ORDER, env, fields);
  return { matches, compare, bounded: query.where !== null };
}
