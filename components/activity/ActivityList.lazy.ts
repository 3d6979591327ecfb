// The Activity section loads when first chosen, not with the popup: the popup is ready when the
// Create form is, so only Create's code comes with it.
import { lazy } from '../ui/lazy.ts';

export const activityListModule = lazy(() => import('./ActivityList.tsx'));
