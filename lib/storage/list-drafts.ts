// Every draft at once, for lists of unsaved work (the popup's Open tab). Apart from drafts.ts so
// that the popup loads it with the Open tab, not with the Create form.
import type { StorageArea } from './area.ts';
import { isExpired, parseDraft, type StoredDraft } from './drafts.ts';
import { DRAFT_PREFIX, draftKey } from './form-keys.ts';
import { setAsideDrafts } from './unreadable-drafts.ts';

/** Every readable draft whose scope starts with `scopePrefix`, newest first. Drafts met on the way
 *  (under any scope) are tidied, so old edit drafts do not pile up: expired ones are removed,
 *  unreadable ones set aside (unreadable-drafts.ts). */
export async function listDrafts(local: StorageArea, scopePrefix: string, now: number): Promise<{ scope: string; draft: StoredDraft }[]> {
  const all = await local.get(null);
  const found: { scope: string; draft: StoredDraft }[] = [];
  const stale: string[] = [];
  const unreadable: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(DRAFT_PREFIX)) continue;
    const draft = parseDraft(raw);
    if (!draft) unreadable[key] = raw;
    else if (isExpired(draft, now)) stale.push(key);
    else if (key.startsWith(draftKey(scopePrefix))) found.push({ scope: key.slice(DRAFT_PREFIX.length), draft });
  }
  if (stale.length > 0) await local.remove(stale);
  // A store that refuses the copy keeps the drafts where they are; the list is still shown.
  await setAsideDrafts(local, unreadable, DRAFT_PREFIX, now).catch(() => {});
  return found.sort((a, b) => b.draft.savedAt - a.draft.savedAt);
}
