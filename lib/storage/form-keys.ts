// The keys a form's scope names (drafts.ts: `create.<siteId>`, `edit.<siteId>.<KEY>`,
// `capture.<id>`): its draft and the outcome of its last create. Declared in the registry
// (keys.ts) with every other key; apart from it because the popup and the capture window load
// these two up front, and nothing else of it (README "Performance"). The popup's first frame
// (first-frame.ts) is up front too: its key is here for the same reason.
export const DRAFT_PREFIX = 'draft.';
export const draftKey = (scope: string): string => `${DRAFT_PREFIX}${scope}`;
export const outcomeKey = (scope: string): string => `outcome.${scope}`;
/** storage.session: the popup's first frame (first-frame.ts); `v1` is its shape's version. */
export const FIRST_FRAME_KEY = 'firstFrame.v1';
