// Who is signed in, to tell the user's own changes from others': an Atlassian account id is the
// same on every site of the grant, so it is asked once per profile (GET myself) and kept in
// storage.local under `watch.account.<profileId>`.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-myself/#api-rest-api-3-myself-get
import * as z from 'zod/mini';
import { myselfRequest, processMyselfResponse } from '../jira/myself.ts';
import type { StorageArea } from '../storage/area.ts';
import { watchAccountKey } from '../storage/keys.ts';
import type { Send } from './session.ts';

export async function watchAccountId(local: StorageArea, profileId: string, send: Send, siteId: string): Promise<string> {
  const key = watchAccountKey(profileId);
  const known = z.string().safeParse((await local.get(key))[key]);
  if (known.success) return known.data;
  const me = await processMyselfResponse(await send(myselfRequest(siteId)));
  await local.set({ [key]: me.accountId });
  return me.accountId;
}
