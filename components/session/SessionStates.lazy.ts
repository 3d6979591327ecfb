// What the popup shows before there is something to do (connect, reconnect, declined, choose a
// site) loads only when one of those states comes up: a popup that opens signed in to a site, as
// it does nearly every time, goes straight to its sections without this code.
import { lazy } from '../ui/lazy.ts';

export const sessionStatesModule = lazy(() => import('./SessionStates.ts'));
