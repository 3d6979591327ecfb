// The draft note (restored, saved when, Discard, Undo) is needed only when there is a draft, so
// the popup loads it then, not with the Create form.
import { lazy } from './lazy.ts';

export const draftNoticeModule = lazy(() => import('./DraftNotice.tsx'));
