// The created issue's panel (link, copy buttons, branch name) is needed only after a create, so it
// loads then, or ahead when the user starts filling the form (CreateForm prefetches it).
import { lazy } from '../ui/lazy.ts';

export const createdPanelModule = lazy(() => import('./CreatedPanel.tsx'));
