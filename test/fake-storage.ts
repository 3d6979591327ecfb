import type { StorageChange, WatchedArea } from '../lib/storage/area.ts';

type Listener = (changes: Record<string, StorageChange>) => void;

/** A storage area in memory, with its contents in view, for the component tests. Like the
 *  browser's, it tells each change to the pages listening when it was made, in a later task. */
export function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const listeners = new Set<Listener>();
  const tell = (changes: Record<string, StorageChange>) => {
    if (Object.keys(changes).length === 0) return;
    const told = [...listeners];
    setTimeout(() => told.filter((l) => listeners.has(l)).forEach((listener) => listener(structuredClone(changes))), 0);
  };
  const area: WatchedArea = {
    async get(keys) {
      if (keys === null) return structuredClone(data);
      const list = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { oldValue: data[k], newValue: v }]));
      Object.assign(data, structuredClone(items));
      tell(changes);
    },
    async remove(keys) {
      const changes: Record<string, StorageChange> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (!(k in data)) continue;
        changes[k] = { oldValue: data[k] };
        delete data[k];
      }
      tell(changes);
    },
    onChanged: {
      addListener: (listener) => listeners.add(listener),
      removeListener: (listener) => listeners.delete(listener),
    },
  };
  return { area, data };
}
