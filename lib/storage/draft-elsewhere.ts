// The same draft can be open in two windows at once (the toolbar popup and a `jira …` tab both on
// one site's create form). Each window stamps what it writes with its own writer id, so a change
// to its draft key tells it whether another window wrote or removed the draft meanwhile.
import type { StorageChange } from './area.ts';
import { parseDraft, type StoredDraft } from './drafts.ts';

/** Another window wrote a newer draft, or removed it (Jira created the issue there, or it was
 *  discarded there). */
export type DraftElsewhere = { kind: 'changed'; draft: StoredDraft } | { kind: 'removed' };

/**
 * What a change to this window's draft key means for this window; null for its own writes.
 * `removedLast`: the last write of this window was a removal, so a removal is its own.
 */
export function changeFromElsewhere(change: StorageChange, writer: string, removedLast: boolean): DraftElsewhere | null {
  if (change.newValue === undefined) return removedLast ? null : { kind: 'removed' };
  const draft = parseDraft(change.newValue);
  // A value this release cannot read offers nothing to load; it is left to the next read.
  if (!draft || draft.by === writer) return null;
  return { kind: 'changed', draft };
}
