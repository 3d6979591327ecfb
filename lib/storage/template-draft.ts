// The template being edited on the options page, saved as the user types so closing the page
// (or a save the browser refuses) never loses it. storage.local under `templateDraft`: a draft is
// this browser's work in progress, not a setting to sync. An unreadable draft is none.
import * as z from 'zod/mini';
import type { StorageArea } from './area.ts';
import { TEMPLATE_DRAFT_KEY } from './keys.ts';

const draftSchema = z.object({
  /** The template being changed, or null for a new one. */
  editingId: z.nullable(z.string()),
  name: z.string(),
  projectKey: z.string(),
  issueTypeId: z.string(),
  summary: z.string(),
  description: z.string(),
});
/** The editor's fields as typed (empty text for an optional field left out). */
export type TemplateDraft = z.infer<typeof draftSchema>;

export async function readTemplateDraft(local: StorageArea): Promise<TemplateDraft | undefined> {
  const parsed = draftSchema.safeParse((await local.get(TEMPLATE_DRAFT_KEY))[TEMPLATE_DRAFT_KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function saveTemplateDraft(local: StorageArea, draft: TemplateDraft): Promise<void> {
  await local.set({ [TEMPLATE_DRAFT_KEY]: draftSchema.parse(draft) });
}

export async function clearTemplateDraft(local: StorageArea): Promise<void> {
  await local.remove(TEMPLATE_DRAFT_KEY);
}
