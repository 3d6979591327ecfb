// The popup page's address may say where to start: `popup.html?find=<words>` from the address
// bar's `jira some words`. Anything else in the address is ignored.
import * as z from 'zod/mini';

export interface PopupStart {
  /** Words to search for in the Find section. */
  find?: string;
}

const findSchema = z.string().check(z.minLength(1), z.maxLength(1000));

export function popupStartFrom(search: string): PopupStart | undefined {
  const find = findSchema.safeParse(new URLSearchParams(search).get('find')?.trim());
  return find.success ? { find: find.data } : undefined;
}
