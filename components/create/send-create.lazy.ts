// The code that sends a create loads when the form is first edited (prefetch) or sent.
import { lazy } from '../ui/lazy.ts';

export const sendCreateModule = lazy(() => import('./send-create.ts'));
