import * as z from 'zod/mini';
import { CodedError } from '../errors.ts';
import type { StorageArea } from './area.ts';
import { VERSION_KEY } from './keys.ts';

export interface Migration {
  /** The version this step produces; steps run in ascending order. */
  to: number;
  run(area: StorageArea): Promise<void>;
}

const versionSchema = z.optional(z.int().check(z.nonnegative()));

/** Brings an area from whatever version it holds to the newest one, one step at a time, and records
 *  each step, so a worker stopped half-way resumes where it left off. Data written by a newer
 *  release (after a downgrade) is refused rather than misread. */
export async function migrate(area: StorageArea, migrations: readonly Migration[]): Promise<number> {
  const latest = migrations.reduce((max, m) => Math.max(max, m.to), 0);
  const stored = versionSchema.safeParse((await area.get(VERSION_KEY))[VERSION_KEY]);
  if (!stored.success) throw new CodedError('bad_storage', 'The stored settings have an unreadable version.');
  let version = stored.data ?? 0;
  if (version > latest) {
    throw new CodedError('bad_storage', `The stored settings come from a newer version (${version}) of the extension.`);
  }
  for (const step of [...migrations].sort((a, b) => a.to - b.to)) {
    if (step.to <= version) continue;
    await step.run(area);
    version = step.to;
    await area.set({ [VERSION_KEY]: version });
  }
  return version;
}
