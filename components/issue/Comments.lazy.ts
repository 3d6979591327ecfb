// An issue's comments load after the issue view has shown (and never with the popup's first
// frame): the view is of use without them, and the popup's JS before ready has a budget (README
// "Performance").
import { lazy } from '../ui/lazy.ts';

export const commentsModule = lazy(() => import('./Comments.tsx'));
