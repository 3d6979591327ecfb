import { CodedError } from '../errors.ts';
import type { StorageArea } from './area.ts';
import { migrate, type Migration } from './migrate.ts';

// Every event the worker handles first waits for storage to be in the current shape: a worker woken
// by a message after a restart or an update must not read data in an older shape. A migration that
// failed (a storage error, a worker stopped half-way) is not final: the next event starts a fresh
// attempt, which resumes at the last recorded step (migrate.ts). Caching the rejection instead
// would leave a worker that refuses every message until the browser restarts it.

export interface MigrationTarget {
  /** Named in the error, so a report says which storage area failed. */
  name: string;
  area: StorageArea;
  migrations: readonly Migration[];
}

function storageError(name: string, error: unknown): CodedError {
  if (error instanceof CodedError && error.code === 'bad_storage') return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new CodedError(
    'bad_storage',
    `The extension could not bring its ${name} settings up to date (${reason}). It tries again with your next action.`,
  );
}

/** A function that resolves once every area is migrated, and rejects with a `bad_storage` error
 *  while one is not. An area done stays done; calls during an attempt share it. */
export function createMigrationGate(targets: readonly MigrationTarget[]): () => Promise<void> {
  const attempts = new Map<MigrationTarget, Promise<unknown>>();
  const attempt = (target: MigrationTarget): Promise<unknown> => {
    const current = attempts.get(target);
    if (current) return current;
    const fresh = migrate(target.area, target.migrations).catch((error: unknown) => {
      attempts.delete(target);
      throw storageError(target.name, error);
    });
    attempts.set(target, fresh);
    return fresh;
  };
  return async () => {
    await Promise.all(targets.map(attempt));
  };
}
