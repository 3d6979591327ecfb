import type * as z from 'zod/mini';
import type { StorageArea } from '../storage/area.ts';

/** What a storage key held: absent, readable, or present but not of the expected shape. */
export type Stored<T> = { state: 'absent' } | { state: 'ok'; value: T } | { state: 'corrupt' };

export async function readStored<T extends z.ZodMiniType>(
  area: StorageArea,
  key: string,
  schema: T,
): Promise<Stored<z.infer<T>>> {
  const raw = (await area.get(key))[key];
  if (raw === undefined) return { state: 'absent' };
  const parsed = schema.safeParse(raw);
  return parsed.success ? { state: 'ok', value: parsed.data } : { state: 'corrupt' };
}
