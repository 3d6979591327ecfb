// The created issue's panel (link, copy buttons, branch name) is needed only after a create, so it
// loads then, or ahead when the user starts filling the form (CreateForm prefetches it). The note
// on the last create's outcome shows only when the worker kept one (useCreateOutcome.ts).
import { lazy } from '../ui/lazy.ts';

export const createdPanelModule = lazy(() => import('./CreatedPanel.tsx'));
export const outcomeNoticeModule = lazy(() => import('./OutcomeNoticeLine.tsx'));
