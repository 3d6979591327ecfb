// A Create form's draft read with the page's first frame, before the first render (the popup:
// components/popup/first-frame-start.ts; the capture window: entrypoints/capture/main.tsx), handed
// to the first form of its scope once (CreateIssue.tsx): `create.<site>` in the popup,
// `capture.<id>` in the capture window.
import type { StoredDraft } from '../../lib/storage/drafts.ts';

/** The draft for a form of `scope`, once; undefined after, or for another scope. */
export type StartDraft = (scope: string) => { draft: StoredDraft | undefined } | undefined;

/** Where the page keeps the draft it read (`keep`) until the form takes it (`take`). */
export function startDraft(): { keep(scope: string, draft: StoredDraft | undefined): void; take: StartDraft } {
  let read: { scope: string; draft: StoredDraft | undefined } | undefined;
  return {
    keep(scope, draft) {
      read = { scope, draft };
    },
    take(scope) {
      if (read?.scope !== scope) return undefined;
      const { draft } = read;
      read = undefined;
      return { draft };
    },
  };
}
