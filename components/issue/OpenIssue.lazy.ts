// The Open section loads when first chosen (or prefetched), not with the popup: the popup is ready
// when the Create form is, so only Create's code comes with it.
import { lazy } from '../ui/lazy.ts';

export const openIssueModule = lazy(() => import('./OpenIssue.tsx'));
