import type { Migration } from './migrate.ts';

// One list per migrated storage area (storage.session is memory only, storage.managed is the
// administrator's). Append a step for every change of a stored shape, and raise the version of its
// key in keys.ts; never edit a released step, since installs in the field have already run it.
// New keys are not a changed shape and need no step (keys.ts: drafts, drafts set aside, create
// outcomes and captures came after version 1 of storage.local).
export const localMigrations: readonly Migration[] = [
  // 1: first release. Nothing to convert; recording the version lets later steps know the start.
  { to: 1, run: async () => {} },
];

export const syncMigrations: readonly Migration[] = [
  // 1: first release of templates. Nothing to convert: no order stored reads as the default.
  { to: 1, run: async () => {} },
];
