// The popup sections that load on demand. Create is not among them: the popup is ready when the
// Create form is, so its code comes with the popup. A new section belongs here, with a
// LazySection where IssueActions renders it.
import { lazy } from '../ui/lazy.ts';

export const findSection = lazy(() => import('../find/FindIssues.tsx'));
export const openSection = lazy(() => import('../issue/OpenIssue.tsx'));
