// What is wrong with the draft (not saved, changed elsewhere) is needed only when something is, so
// the popup loads it then, not with the Create form.
import { lazy } from './lazy.ts';

export const draftStatusModule = lazy(() => import('./DraftStatus.tsx'));
