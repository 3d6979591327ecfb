// Finds the documented operation for a concrete request path such as /rest/api/3/issue/ABC-1.

import { loadSubset } from './spec.ts';
import type { Operation } from './spec.ts';

export interface RouteMatch {
  /** The documented path, e.g. `/rest/api/3/issue/{issueIdOrKey}`. */
  template: string;
  /** Undefined when the path exists but not with this method. */
  operation: Operation | undefined;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

interface Template {
  path: string;
  segments: string[];
  /** One character per segment, '0' literal, '1' parameter: the smallest string is the most specific. */
  rank: string;
}

let templates: Template[] | undefined;

function allTemplates(): Template[] {
  templates ??= Object.keys(loadSubset().paths).map((path) => {
    const segments = path.split('/');
    const rank = segments.map((s) => (isParam(s) ? '1' : '0')).join('');
    return { path, segments, rank };
  });
  return templates;
}

function isParam(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}');
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Literal segments win over templated ones, leftmost first, as in Jira's own routing (JAX-RS
 * prefers literal characters): `/issue/picker` and `/issue/createmeta` are not issue keys.
 */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const segments = path.split('/').map(decode);
  let best: { template: Template; params: Record<string, string> } | undefined;
  for (const template of allTemplates()) {
    if (template.segments.length !== segments.length) continue;
    if (best !== undefined && best.template.rank <= template.rank) continue;
    const params: Record<string, string> = {};
    const ok = template.segments.every((t, i) => {
      const actual = segments[i];
      if (actual === undefined) return false;
      if (!isParam(t)) return t === actual;
      if (actual === '') return false;
      params[t.slice(1, -1)] = actual;
      return true;
    });
    if (ok) best = { template, params };
  }
  if (best === undefined) return undefined;
  const item = loadSubset().paths[best.template.path];
  return { template: best.template.path, operation: item?.[method.toLowerCase()], params: best.params };
}
