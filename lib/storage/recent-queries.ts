// The JQL searches the user ran on a site, newest first, for the search box to offer again.
// storage.local under `search.recent.<siteId>`; an unreadable list is an empty one.
import * as z from 'zod/mini';
import type { StorageArea } from './area.ts';
import { recentQueriesKey } from './keys.ts';

export const MAX_RECENT_QUERIES = 8;

const listSchema = z.array(z.string());

export async function readRecentQueries(local: StorageArea, siteId: string): Promise<string[]> {
  const key = recentQueriesKey(siteId);
  const parsed = listSchema.safeParse((await local.get(key))[key]);
  return parsed.success ? parsed.data.slice(0, MAX_RECENT_QUERIES) : [];
}

/** Puts `jql` first (once), keeping the newest MAX_RECENT_QUERIES. */
export async function rememberQuery(local: StorageArea, siteId: string, jql: string): Promise<void> {
  const query = jql.trim();
  if (query === '') return;
  const previous = await readRecentQueries(local, siteId);
  if (previous[0] === query) return;
  const queries = [query, ...previous.filter((q) => q !== query)].slice(0, MAX_RECENT_QUERIES);
  await local.set({ [recentQueriesKey(siteId)]: queries });
}
