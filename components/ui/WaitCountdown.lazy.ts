// The countdown loads with the first wait: most popups never meet a rate limit.
import { lazy } from './lazy.ts';

export const waitCountdownModule = lazy(() => import('./WaitCountdown.tsx'));
