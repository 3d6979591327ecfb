import type { Migration } from './migrate.ts';

// One list per storage area. Append a step for every change of a stored shape; never edit a
// released step, since installs in the field have already run it.
export const localMigrations: readonly Migration[] = [
  // 1: first release. Nothing to convert; recording the version lets later steps know the start.
  { to: 1, run: async () => {} },
  // Drafts (`draft.<scope>`, drafts.ts) are new keys, not a changed shape: no step needed; nor for
  // unreadable drafts set aside (`draft-unreadable.<scope>`, unreadable-drafts.ts).
];
