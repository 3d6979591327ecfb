// The worker's auth state in memory: every message starts by asking which profile is selected and
// whether it is connected, and each of those was a storage read (about 26 of storage.local per
// popup open). This keeps the keys that answer them (the `auth.` and `session.` families of
// storage.local: profiles, selected profile, the user's values over the organization's profile,
// "reconnect needed", the refresh token, secrets, the chosen site) in memory once read, written
// through, and forgotten when storage says they changed (a write of another page), so the next
// read asks storage again.
//
// Only this worker writes these keys, so what it wrote is what it reads back: the memory is
// updated in the same turn as the write is issued, before any other caller can read, which keeps
// the sign-in generations of lib/auth/access-token.ts exact (its check and writes run in one
// turn). A read that started before a write does not put its older answer into memory.
// storage.onChanged: https://developer.chrome.com/docs/extensions/reference/api/storage#event-onChanged
import type { StorageArea, StorageChange } from '../storage/area.ts';

/** storage.onChanged.addListener: every area's changes, with the area's name. */
export type WatchStorage = (listener: (changes: Record<string, StorageChange>, areaName: string) => void) => void;

const remembered = (key: string) => key.startsWith('auth.') || key.startsWith('session.');

export function rememberedArea(area: StorageArea, name: 'local' | 'session', watch?: WatchStorage): StorageArea {
  /** Key → its value as stored; undefined when known to be absent. */
  const memory = new Map<string, unknown>();
  /** Bumped by every write and change: a read begun before one keeps its answer to itself. */
  let version = 0;
  const forget = (keys: string[]) => {
    version += 1;
    for (const key of keys) memory.delete(key);
  };
  watch?.((changes, changed) => changed === name && forget(Object.keys(changes)));

  return {
    async get(keys) {
      const list = keys === null ? null : typeof keys === 'string' ? [keys] : keys;
      if (list && list.length > 0 && list.every((key) => memory.has(key))) {
        const found: Record<string, unknown> = {};
        for (const key of list) {
          const value = memory.get(key);
          if (value !== undefined) found[key] = structuredClone(value);
        }
        return found;
      }
      const began = version;
      const found = await area.get(keys);
      if (list && began === version) {
        for (const key of list) if (remembered(key)) memory.set(key, structuredClone(found[key]));
      }
      return found;
    },
    set(items) {
      version += 1;
      for (const [key, value] of Object.entries(items)) if (remembered(key)) memory.set(key, structuredClone(value));
      // A refused write (storage full) leaves storage as it was: read it again next time.
      return area.set(items).catch((error: unknown) => {
        forget(Object.keys(items));
        throw error;
      });
    },
    remove(keys) {
      const list = typeof keys === 'string' ? [keys] : keys;
      version += 1;
      for (const key of list) if (remembered(key)) memory.set(key, undefined);
      return area.remove(keys).catch((error: unknown) => {
        forget(list);
        throw error;
      });
    },
  };
}

/** The organization's policy (storage.managed), read once and again after it changes. */
export function rememberedPolicy<T>(read: () => Promise<T>, watch?: WatchStorage): () => Promise<T> {
  let current: Promise<T> | undefined;
  watch?.((_changes, changed) => {
    if (changed === 'managed') current = undefined;
  });
  return () => (current ??= read());
}
