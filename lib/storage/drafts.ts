// What the user typed into a create or edit form and has not yet seen Jira accept, so that it
// survives a closed popup, a stopped worker, a browser restart and a reconnect. storage.local under
// `draft.<scope>`: `create.<siteId>` for the popup's create form, `edit.<siteId>.<KEY>` for an
// issue's edit form, `capture.<captureId>` for a capture window's create form, `comment.<siteId>.<KEY>`
// for the comment being written on an issue (components/issue/comment-draft.ts).
//
// A draft holds only the fields the user changed, each with its kind and name, so it can be put
// back into a form whose screen has changed since: what fits is restored, the rest stays readable.
// Drafts are written by the pages themselves, not through the worker: a page about to close has
// time for one storage write, not for waking the worker and waiting for it.
//
// New keys in storage.local, no existing shape changed: no migration step (migrations.ts). The
// writer id `by` came later and is optional: drafts without it read as before, and a release
// without it drops it (zod objects strip unknown keys).
import * as z from 'zod/mini';
import type { StorageArea } from './area.ts';
import { DRAFT_PREFIX, draftKey } from './form-keys.ts';
import { readDraftField, storedFieldSchema, type DraftField } from './draft-values.ts';

export type { DraftField } from './draft-values.ts';

const DAY = 24 * 60 * 60_000;
/** A draft older than this is taken for abandoned: its screens and ids have likely changed, and
 *  offering it again would surprise more than help. It is removed when next read. */
export const DRAFT_MAX_AGE_MS = 30 * DAY;

export const createScope = (siteId: string): string => `create.${siteId}`;
export const editScope = (siteId: string, issueKey: string): string => `edit.${siteId}.${issueKey}`;
/** A capture window's create form: each capture keeps its own draft, apart from the popup's. */
export const captureScope = (captureId: string): string => `capture.${captureId}`;

const common = {
  savedAt: z.number(),
  siteId: z.string(),
  /** The window that wrote it (draft-elsewhere.ts); drafts from before it have none. */
  by: z.optional(z.string()),
  // Each field is checked on its own: one field that no longer reads costs that field only.
  fields: z.record(z.string(), z.unknown()),
};
// A union rather than z.discriminatedUnion: the same check for two shapes, with less code in the popup.
const storedSchema = z.union([
  z.object({ kind: z.literal('create'), projectKey: z.optional(z.string()), issueTypeId: z.optional(z.string()), ...common }),
  z.object({ kind: z.literal('edit'), issueKey: z.string(), ...common }),
]);

type Fields = Record<string, DraftField>;
type Written = { savedAt: number; siteId: string; by?: string; fields: Fields };
export type CreateDraft = Written & { kind: 'create'; projectKey?: string; issueTypeId?: string };
export type EditDraftRecord = Written & { kind: 'edit'; issueKey: string };
export type StoredDraft = CreateDraft | EditDraftRecord;

/** The draft as stored, with fields that no longer read as their kind left out; undefined if unreadable. */
export function parseDraft(raw: unknown): StoredDraft | undefined {
  const parsed = storedSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const fields: Fields = {};
  for (const [id, raw] of Object.entries(parsed.data.fields)) {
    const field = storedFieldSchema.safeParse(raw);
    const read = field.success ? readDraftField(field.data) : undefined;
    if (read) fields[id] = read;
  }
  return { ...parsed.data, fields } as StoredDraft;
}

export const isExpired = (draft: StoredDraft, now: number): boolean => now - draft.savedAt > DRAFT_MAX_AGE_MS;

/** Loaded only when a draft fails to read, which is rare: the popup does not carry it up front
 *  (listing drafts, list-drafts.ts, is not up front either). */
const setAside = async (local: StorageArea, found: Record<string, unknown>, now: number) => {
  const aside = await import('./unreadable-drafts.ts');
  await aside.setAsideDrafts(local, found, DRAFT_PREFIX, now);
};

/** The scope's draft. An expired one is removed, an unreadable one set aside (unreadable-drafts.ts);
 *  both read as none. */
export async function readDraft(local: StorageArea, scope: string, now: number): Promise<StoredDraft | undefined> {
  const key = draftKey(scope);
  const raw = (await local.get(key))[key];
  if (raw === undefined) return undefined;
  const draft = parseDraft(raw);
  if (draft && !isExpired(draft, now)) return draft;
  // Tidying that fails costs nothing now: the form opens empty and the draft stays where it was.
  await (draft ? local.remove(key) : setAside(local, { [key]: raw }, now)).catch(() => {});
  return undefined;
}

export async function saveDraft(local: StorageArea, scope: string, draft: StoredDraft): Promise<void> {
  await local.set({ [draftKey(scope)]: draft });
}

export async function discardDraft(local: StorageArea, scope: string): Promise<void> {
  await local.remove(draftKey(scope));
}
