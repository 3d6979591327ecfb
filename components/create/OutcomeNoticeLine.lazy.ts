// The note on the last create's outcome loads only when the worker kept one (useCreateOutcome.ts).
import { lazy } from '../ui/lazy.ts';

export const outcomeNoticeLineModule = lazy(() => import('./OutcomeNoticeLine.tsx'));
