// The recent projects' storage (recent-projects.ts) loads after the first render, which shows none of it.
import { lazy } from '../ui/lazy.ts';

export const recentProjectsModule = lazy(() => import('./recent-projects.ts'));
