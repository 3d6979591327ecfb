// The created issue's panel (link, copy buttons, branch name) loads after a create, or ahead when
// the user starts filling the form (CreateForm prefetches it), not with the popup.
import { lazy } from '../ui/lazy.ts';

export const createdPanelModule = lazy(() => import('./CreatedPanel.tsx'));
