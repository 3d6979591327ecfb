// The way out to Jira for a screen with fields the popup cannot fill loads only for such a screen.
import { lazy } from '../ui/lazy.ts';

export const blockersNoticeModule = lazy(() => import('./BlockersNotice.tsx'));
