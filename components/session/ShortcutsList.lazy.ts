// The list loads when the disclosure is first opened: nearly every popup opens without anyone
// reading it, and its text would count against the popup's first load.
import { lazy } from '../ui/lazy.ts';

export const shortcutsListModule = lazy(() => import('./ShortcutsList.tsx'));
