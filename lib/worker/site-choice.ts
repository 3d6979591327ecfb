// Which Jira site a profile works on. Remembered per profile in storage.local and kept across
// sign-out and reconnect, so after reconnecting the user is where they were.
import * as z from 'zod/mini';
import type { Site } from '../jira/site.ts';
import type { StorageArea } from '../storage/area.ts';
import { siteKey } from '../storage/keys.ts';

const rememberedSchema = z.object({ id: z.string(), name: z.string() });

export async function rememberSite(local: StorageArea, profileId: string, site: Site): Promise<void> {
  await local.set({ [siteKey(profileId)]: { id: site.id, name: site.name } });
}

export interface SiteChoice {
  site: Site | null;
  /** The remembered site is gone from the account's sites: its name, to say so. */
  lostSite?: string;
}

/** The remembered site if it is still accessible; otherwise the only site, or the organization's
 *  default; otherwise none, and the user chooses. */
export async function chooseSite(
  local: StorageArea,
  profileId: string,
  sites: Site[],
  defaultSiteUrl?: string,
): Promise<SiteChoice> {
  const remembered = rememberedSchema.safeParse((await local.get(siteKey(profileId)))[siteKey(profileId)]);
  if (remembered.success) {
    const site = sites.find((s) => s.id === remembered.data.id);
    if (site) return { site };
    return { site: null, lostSite: remembered.data.name };
  }
  const sameOrigin = (url: string) => defaultSiteUrl !== undefined && safeOrigin(url) === safeOrigin(defaultSiteUrl);
  const automatic = sites.length === 1 ? sites[0] : sites.find((s) => sameOrigin(s.url));
  if (!automatic) return { site: null };
  await rememberSite(local, profileId, automatic);
  return { site: automatic };
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
