// Jira metadata that changes rarely (the projects one may create in, create screens, edit
// screens) kept in storage.local per site, so a create from a warm popup is a single request to
// Jira: the POST. Each entry is `cache.<siteId>.<what>` = `{at, data}`, read back through the
// view schema of its data: an entry that does not parse is a miss, never an error.
//
// Freshness is stale-while-revalidate (RFC 5861): younger than `refreshAfterMs` an entry is
// simply used; older, it is still used at once and reloaded in the background; older than
// `ttlMs` it is not used at all. Screens change when an admin edits them, and Jira refuses a
// create that sends a field the screen lost, so the create handler also marks an entry stale when
// Jira refuses a create.
//
// Bounded: per site, only the create metadata of the last MAX_CACHED_PROJECTS projects and the
// edit metadata of the last MAX_CACHED_ISSUES issues are kept. `cache.<siteId>.index` lists, most
// recent first, which keys belong to which project or issue; whatever falls off the end is
// removed. If the worker stops between writing an entry and the index, that entry is not tracked
// and stays until it is read again (a miss after its TTL rewrites and tracks it).
import * as z from 'zod/mini';
import type { StorageArea } from './area.ts';
import { metaKeys } from './keys.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface CachePolicy {
  /** Older than this, an entry is not used. */
  ttlMs: number;
  /** Older than this, an entry is used and reloaded in the background. */
  refreshAfterMs: number;
}

/** Projects, issue types and create fields: admins change them seldom. */
export const CREATE_META_POLICY: CachePolicy = { ttlMs: 24 * HOUR, refreshAfterMs: HOUR };
/** Edit screens depend on the issue's status and the user's permissions: kept briefly. */
export const EDIT_META_POLICY: CachePolicy = { ttlMs: 10 * MINUTE, refreshAfterMs: 2 * MINUTE };

export const MAX_CACHED_PROJECTS = 20;
export const MAX_CACHED_ISSUES = 20;

/** What an entry belongs to, for bounding: a project's create metadata, an issue's edit
 *  metadata, or the site itself (one entry per site, such as the project list). */
export type CacheOwner = { siteId: string; project: string } | { siteId: string; issue: string } | { siteId: string };

const entrySchema = z.object({ at: z.number(), data: z.unknown() });
const groupSchema = z.object({ name: z.string(), keys: z.array(z.string()) });
const indexSchema = z.object({ projects: z.array(groupSchema), issues: z.array(groupSchema) });
type CacheIndex = z.infer<typeof indexSchema>;
type GroupKind = keyof CacheIndex;

const LIMITS: Record<GroupKind, number> = { projects: MAX_CACHED_PROJECTS, issues: MAX_CACHED_ISSUES };

export interface MetaCacheDeps {
  area: StorageArea;
  now(): number;
  /** Receives each background reload (already made failure-proof), e.g. for tests to await it. */
  background?(task: Promise<void>): void;
}

export interface MetaCache {
  /** The entry's data; on a miss, `load()`'s result, stored. Concurrent misses share one load. */
  get<S extends z.ZodMiniType>(
    key: string,
    schema: S,
    policy: CachePolicy,
    owner: CacheOwner,
    load: () => Promise<z.infer<S>>,
  ): Promise<z.infer<S>>;
  /** The entry's data if it is there and not expired, without loading or reloading anything. */
  peek<S extends z.ZodMiniType>(key: string, schema: S, policy: CachePolicy): Promise<z.infer<S> | undefined>;
  /** Forgets entries; a load already running for one of them does not write it back. */
  drop(keys: string[]): Promise<void>;
  /** Makes an entry due: the next read still uses it and reloads it in the background. */
  markStale(key: string, policy: CachePolicy): Promise<void>;
}

function groupOf(owner: CacheOwner): { kind: GroupKind; name: string } | undefined {
  if ('project' in owner) return { kind: 'projects', name: owner.project };
  if ('issue' in owner) return { kind: 'issues', name: owner.issue };
  return undefined;
}

export function createMetaCache(deps: MetaCacheDeps): MetaCache {
  const loads = new Map<string, Promise<unknown>>();
  // Bumped by drop(): a load that started before a drop must not write old data back.
  const generations = new Map<string, number>();
  // Index updates run one after another, so two entries written at once both get tracked.
  let indexQueue: Promise<void> = Promise.resolve();
  const background = deps.background ?? ((task: Promise<void>) => void task);

  async function safeGet(keys: string[]): Promise<Record<string, unknown>> {
    try {
      return await deps.area.get(keys);
    } catch {
      return {};
    }
  }

  function readIndex(raw: unknown): CacheIndex {
    const parsed = indexSchema.safeParse(raw);
    return parsed.success ? parsed.data : { projects: [], issues: [] };
  }

  /** Whether `index` already has `key` in the most recent group of its kind. */
  function isFront(index: CacheIndex, owner: CacheOwner, key: string): boolean {
    const group = groupOf(owner);
    if (!group) return true;
    const first = index[group.kind][0];
    return first?.name === group.name && first.keys.includes(key);
  }

  /** Puts `key`'s group first in its site's index, evicting what no longer fits. */
  function track(owner: CacheOwner, key: string): Promise<void> {
    const group = groupOf(owner);
    if (!group) return Promise.resolve();
    const indexKey = metaKeys.index(owner.siteId);
    const run = async () => {
      const index = readIndex((await safeGet([indexKey]))[indexKey]);
      if (isFront(index, owner, key)) return;
      const list = index[group.kind];
      const current = list.find((g) => g.name === group.name);
      const keys = current ? (current.keys.includes(key) ? current.keys : [...current.keys, key]) : [key];
      const next = [{ name: group.name, keys }, ...list.filter((g) => g.name !== group.name)];
      const evicted = next.slice(LIMITS[group.kind]);
      index[group.kind] = next.slice(0, LIMITS[group.kind]);
      await deps.area.set({ [indexKey]: index });
      const stale = evicted.flatMap((g) => g.keys);
      if (stale.length > 0) await deps.area.remove(stale);
    };
    indexQueue = indexQueue.then(run, run).catch(() => {});
    return indexQueue;
  }

  function reload<T>(key: string, owner: CacheOwner, load: () => Promise<T>): Promise<T> {
    const running = loads.get(key) as Promise<T> | undefined;
    if (running) return running;
    const generation = generations.get(key) ?? 0;
    const promise = (async () => {
      const data = await load();
      if ((generations.get(key) ?? 0) === generation) {
        try {
          await deps.area.set({ [key]: { at: deps.now(), data } });
          await track(owner, key);
        } catch {
          // A full or failing storage costs speed, not the answer.
        }
      }
      return data;
    })().finally(() => {
      if (loads.get(key) === promise) loads.delete(key);
    });
    loads.set(key, promise);
    return promise;
  }

  return {
    async get(key, schema, policy, owner, load) {
      const indexKey = metaKeys.index(owner.siteId);
      const stored = await safeGet([key, indexKey]);
      const entry = entrySchema.safeParse(stored[key]);
      const data = entry.success ? schema.safeParse(entry.data.data) : undefined;
      const age = entry.success ? deps.now() - entry.data.at : -1;
      // A missing, unreadable, expired or future-dated entry (the clock went back) is a miss.
      if (!entry.success || !data?.success || age < 0 || age >= policy.ttlMs) return reload(key, owner, load);
      if (age >= policy.refreshAfterMs && !loads.has(key)) {
        background(reload(key, owner, load).then(() => {}, () => {}));
      }
      if (!isFront(readIndex(stored[indexKey]), owner, key)) await track(owner, key);
      return data.data as z.infer<typeof schema>;
    },

    async peek(key, schema, policy) {
      const entry = entrySchema.safeParse((await safeGet([key]))[key]);
      const data = entry.success ? schema.safeParse(entry.data.data) : undefined;
      const age = entry.success ? deps.now() - entry.data.at : -1;
      return data?.success && age >= 0 && age < policy.ttlMs ? (data.data as z.infer<typeof schema>) : undefined;
    },

    async drop(keys) {
      for (const key of keys) generations.set(key, (generations.get(key) ?? 0) + 1);
      await deps.area.remove(keys).catch(() => {});
    },

    async markStale(key, policy) {
      const raw = (await safeGet([key]))[key];
      const entry = entrySchema.safeParse(raw);
      if (!entry.success) return;
      const due = deps.now() - policy.refreshAfterMs;
      if (entry.data.at > due) await deps.area.set({ [key]: { at: due, data: entry.data.data } }).catch(() => {});
    },
  };
}
