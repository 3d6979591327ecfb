// What every Jira handler needs from the request: the site and user the core already checked,
// and Jira-style reading of query parameters.
import type { RequestContext, SiteState, User } from '../types.ts';

export function siteOf(ctx: RequestContext): SiteState {
  if (!ctx.site) throw new Error(`${ctx.path}: the server core must set ctx.site for Jira routes`);
  return ctx.site;
}

export function userOf(ctx: RequestContext): User {
  if (!ctx.auth) throw new Error(`${ctx.path}: the server core must set ctx.auth for Jira routes`);
  return ctx.auth.user;
}

/** Every value of a list parameter: repeated (`fields=a&fields=b`) and/or comma separated. */
export function queryList(query: URLSearchParams, name: string): string[] {
  return query.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

export function queryInt(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw.trim() === '') return fallback;
  const n = Number(raw);
  return Number.isInteger(n) ? n : fallback;
}

export function queryBool(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const raw = query.get(name);
  if (raw === null) return fallback;
  return raw.toLowerCase() === 'true';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The page [startAt, startAt + maxResults) of `items`, clamping both like Jira's PageBean. */
export function page<T>(items: readonly T[], startAt: number, maxResults: number): { slice: T[]; startAt: number; maxResults: number; isLast: boolean } {
  const start = Math.max(0, startAt);
  const size = Math.max(0, maxResults);
  const slice = items.slice(start, start + size);
  return { slice, startAt: start, maxResults: size, isLast: start + size >= items.length };
}
