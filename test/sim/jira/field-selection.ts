// The `fields` parameter of getIssue and search/jql: `*all`, `*navigable`, field ids, and
// `-field` exclusions (spec, both operations). getIssue defaults to `*all`; search/jql defaults to
// `id` ("By default, this resource returns IDs only"), and "-description returns all navigable
// (default) fields except description" when only exclusions are given.

export interface FieldSelection {
  /** Only the issue id is returned (search/jql's default). */
  idOnly: boolean;
  includes(fieldId: string): boolean;
}

/** Jira's comment field is not navigable, so `*navigable` leaves it out. */
const NOT_NAVIGABLE = new Set(['comment']);

export function parseFieldSelection(tokens: string[], fallback: '*all' | 'id'): FieldSelection {
  const positive = tokens.filter((t) => !t.startsWith('-'));
  const excluded = new Set(tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  if (positive.length === 0 && excluded.size === 0) {
    if (fallback === 'id') return { idOnly: true, includes: () => false };
    return { idOnly: false, includes: () => true };
  }
  if (positive.length === 1 && positive[0] === 'id' && excluded.size === 0) return { idOnly: true, includes: () => false };
  const all = positive.includes('*all') || (positive.length === 0 && fallback === '*all');
  const navigable = positive.includes('*navigable') || (positive.length === 0 && fallback === 'id');
  const named = new Set(positive);
  return {
    idOnly: false,
    includes(fieldId) {
      if (excluded.has(fieldId)) return false;
      if (all || named.has(fieldId)) return true;
      return navigable && !NOT_NAVIGABLE.has(fieldId);
    },
  };
}
