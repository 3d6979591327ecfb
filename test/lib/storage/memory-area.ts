import type { StorageArea } from '../../../lib/storage/area.ts';

/** A storage area in memory, with its contents in view, for tests of stored drafts. */
export function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const area: StorageArea = {
    async get(keys) {
      if (keys === null) return structuredClone(data);
      const list = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) delete data[k];
    },
  };
  return { area, data };
}
