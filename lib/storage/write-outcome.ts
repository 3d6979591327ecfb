// What became of a create, kept by the worker under the form's draft scope (`outcome.<scope>` in
// storage.local), so that whichever page opens that form next learns it, whether or not the page
// that asked is still open: a popup closes the moment it loses focus, often while Jira is still
// answering. The worker writes it; a page reads it once and removes it when it has shown it.
//
// - `pending`: the create was sent and its answer is not known yet. Left behind by a worker that
//   stopped mid-create, it is what the lost-create lookup needs (lib/worker/create-outcome.ts).
// - `created`: Jira made the issue; its draft is gone.
// - `unconfirmed`: the answer was lost and the lookup could not tell; the draft is kept.
//
// New keys in storage.local, no existing shape changed: no migration step (migrations.ts).
import * as z from 'zod/mini';
import type { StorageArea } from './area.ts';
import { draftKey, outcomeKey } from './form-keys.ts';

/** Older news than this is no news: the user has long moved on. */
export const OUTCOME_MAX_AGE_MS = 24 * 60 * 60_000;

const createdIssue = { id: z.string(), key: z.string(), url: z.string(), summary: z.string() };

export const outcomeSchema = z.union([
  z.object({
    kind: z.literal('pending'),
    at: z.number(),
    siteId: z.string(),
    projectKey: z.string(),
    summary: z.string(),
    reporter: z.optional(z.string()),
  }),
  z.object({ kind: z.literal('created'), at: z.number(), ...createdIssue }),
  z.object({ kind: z.literal('unconfirmed'), at: z.number(), message: z.string() }),
]);

export type WriteOutcome = z.infer<typeof outcomeSchema>;
export type PendingCreate = Extract<WriteOutcome, { kind: 'pending' }>;
export type CreatedOutcome = Extract<WriteOutcome, { kind: 'created' }>;

/** The scope's outcome; an unreadable or stale record reads as none (and is removed). */
export async function readOutcome(area: StorageArea, scope: string, now: number): Promise<WriteOutcome | undefined> {
  const raw = (await area.get(outcomeKey(scope)))[outcomeKey(scope)];
  if (raw === undefined) return undefined;
  const parsed = outcomeSchema.safeParse(raw);
  if (parsed.success && now - parsed.data.at <= OUTCOME_MAX_AGE_MS) return parsed.data;
  await area.remove(outcomeKey(scope));
  return undefined;
}

export async function writeOutcome(area: StorageArea, scope: string, outcome: WriteOutcome): Promise<void> {
  await area.set({ [outcomeKey(scope)]: outcome });
}

export async function clearOutcome(area: StorageArea, scope: string): Promise<void> {
  await area.remove(outcomeKey(scope));
}

/**
 * Jira accepted what the form held at `sentAt`: its draft has done its job. A draft saved later
 * (typing in another window after the create was sent) is newer text, and stays. The page flushes
 * its draft before it sends, so no write of the sent text can land after this removal.
 */
export async function settleDraft(area: StorageArea, scope: string, sentAt: number): Promise<void> {
  const key = draftKey(scope);
  const saved = ((await area.get(key))[key] as { savedAt?: unknown } | undefined)?.savedAt;
  // An unreadable draft is left to the draft reader, which knows what to do with one.
  if (typeof saved === 'number' && saved <= sentAt) await area.remove(key);
}
