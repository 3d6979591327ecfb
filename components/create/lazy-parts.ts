// Parts of the Create section that only some creates need load when shown: the created issue's
// panel (link, copy buttons, branch name), after a create or ahead when the user starts filling the
// form (CreateForm prefetches it); the note on the last create's outcome, when the worker kept one
// (useCreateOutcome.ts); the way out to Jira for a screen with fields the popup cannot fill; the
// code that sends a create, when the form is first edited (prefetch) or sent.
import { lazy } from '../ui/lazy.ts';

export const createdPanelModule = lazy(() => import('./CreatedPanel.tsx'));
export const outcomeNoticeModule = lazy(() => import('./OutcomeNoticeLine.tsx'));
export const blockersNoticeModule = lazy(() => import('./BlockersNotice.tsx'));
export const sendCreateModule = lazy(() => import('./send-create.ts'));
