// The other kinds' inputs (several values, labels, dates, people, parents) load when a form first
// shows one (More fields), not with the popup.
import { lazy } from '../ui/lazy.ts';

export const extraInputModule = lazy(() => import('./ExtraInput.tsx'));
