// Maps (host, method, path) to a Route. Patterns use `:name` segments; when several patterns
// match, literal segments win over parameters from left to right (so `/issue/createmeta` beats
// `/issue/:issueIdOrKey`), and among equals the route registered last wins, which lets a test
// override a default route.
import type { Route } from './types.ts';

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  /** The path exists on this host, but not for this method. */
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

interface Compiled {
  route: Route;
  segments: string[];
  order: number;
}

export interface Router {
  add(...routes: Route[]): void;
  match(host: string, method: string, path: string): RouteMatch;
}

function splitPath(path: string): string[] {
  return path.split('/').slice(1);
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i] ?? '';
    const got = actual[i] ?? '';
    if (want.startsWith(':')) {
      if (got === '') return null;
      try {
        params[want.slice(1)] = decodeURIComponent(got);
      } catch {
        return null; // malformed percent-encoding cannot name anything
      }
    } else if (want !== got) {
      return null;
    }
  }
  return params;
}

/** Negative when `a` is more specific than `b`. */
function compareSpecificity(a: Compiled, b: Compiled): number {
  for (let i = 0; i < a.segments.length; i++) {
    const aParam = (a.segments[i] ?? '').startsWith(':');
    const bParam = (b.segments[i] ?? '').startsWith(':');
    if (aParam !== bParam) return aParam ? 1 : -1;
  }
  return b.order - a.order;
}

export function createRouter(initial: Route[] = []): Router {
  const compiled: Compiled[] = [];
  const add = (...routes: Route[]) => {
    for (const route of routes) {
      compiled.push({ route, segments: splitPath(route.pattern), order: compiled.length });
    }
  };
  add(...initial);
  return {
    add,
    match(host, method, path) {
      const actual = splitPath(path);
      const candidates: { c: Compiled; params: Record<string, string> }[] = [];
      for (const c of compiled) {
        if (c.route.host !== host) continue;
        const params = matchSegments(c.segments, actual);
        if (params) candidates.push({ c, params });
      }
      const sameMethod = candidates.filter(({ c }) => c.route.method === method);
      sameMethod.sort((x, y) => compareSpecificity(x.c, y.c));
      const best = sameMethod[0];
      if (best) return { kind: 'found', route: best.c.route, params: best.params };
      if (candidates.length > 0) {
        return { kind: 'method-not-allowed', allowed: [...new Set(candidates.map(({ c }) => c.route.method))] };
      }
      return { kind: 'not-found' };
    },
  };
}
