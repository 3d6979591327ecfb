// The project list's handling and template moves (target-loads.ts) load with the first list asked for.
import { lazy } from '../ui/lazy.ts';

export const targetLoadsModule = lazy(() => import('./target-loads.ts'));
