// The keys a form's scope names (drafts.ts: `create.<siteId>`, `edit.<siteId>.<KEY>`,
// `capture.<id>`): its draft and the outcome of its last create. Declared in the registry
// (keys.ts) with every other key; apart from it because the popup and the capture window load
// these two up front, and nothing else of it (README "Performance").
export const DRAFT_PREFIX = 'draft.';
export const draftKey = (scope: string): string => `${DRAFT_PREFIX}${scope}`;
export const outcomeKey = (scope: string): string => `outcome.${scope}`;
