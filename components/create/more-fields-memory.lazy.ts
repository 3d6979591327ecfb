// Whether "More fields" was left open (more-fields-memory.ts) is read after the first render.
import { lazy } from '../ui/lazy.ts';

export const moreFieldsMemoryModule = lazy(() => import('./more-fields-memory.ts'));
