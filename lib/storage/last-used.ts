// The project and issue type of the last issue created on a site, so the create form starts
// there and the project list puts that project first. storage.local under
// `create.lastUsed.<siteId>`; an unreadable value is none.
import * as z from 'zod/mini';
import type { StorageArea } from './area.ts';
import { lastUsedKey } from './keys.ts';

const lastUsedSchema = z.object({ projectKey: z.string(), issueTypeId: z.string() });
export type LastUsed = z.infer<typeof lastUsedSchema>;

export async function readLastUsed(local: StorageArea, siteId: string): Promise<LastUsed | undefined> {
  const key = lastUsedKey(siteId);
  const parsed = lastUsedSchema.safeParse((await local.get(key))[key]);
  return parsed.success ? parsed.data : undefined;
}

export async function rememberLastUsed(local: StorageArea, siteId: string, used: LastUsed): Promise<void> {
  await local.set({ [lastUsedKey(siteId)]: { projectKey: used.projectKey, issueTypeId: used.issueTypeId } });
}
