// The Find section loads when first chosen (or prefetched), not with the popup: the popup is ready
// when the Create form is, so only Create's code comes with it.
import { lazy } from '../ui/lazy.ts';

export const findIssuesModule = lazy(() => import('./FindIssues.tsx'));
