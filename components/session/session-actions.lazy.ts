// The session's actions (session-actions.ts) load right after the first render, which needs none of them.
import { lazy } from '../ui/lazy.ts';

export const sessionActionsModule = lazy(() => import('./session-actions.ts'));
