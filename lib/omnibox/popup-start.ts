// The popup page's address may say where to start: `popup.html?find=<words>` from the address
// bar's `jira some words`, `popup.html?open=<KEY>` from a click on a watch's notification
// (lib/worker/watcher.ts). Anything else in the address is ignored.
import * as z from 'zod/mini';

export interface PopupStart {
  /** Words to search for in the Find section. */
  find?: string;
  /** An issue key to show in the Open section. */
  open?: string;
}

const findSchema = z.string().check(z.minLength(1), z.maxLength(1000));

export function popupStartFrom(search: string): PopupStart | undefined {
  const params = new URLSearchParams(search);
  const find = findSchema.safeParse(params.get('find')?.trim());
  if (find.success) return { find: find.data };
  const open = params.get('open')?.trim().toUpperCase();
  return open && /^[A-Z][A-Z0-9_]+-\d+$/.test(open) ? { open } : undefined;
}
