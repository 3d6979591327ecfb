// Turning form values into Jira's JSON (lib/jira/fields/to-payload.ts, with the per-kind encoders
// and their messages) is needed only when a form is sent, so it loads when the form is first
// edited (prefetch) or sent, not with the popup.
import { lazy } from '../ui/lazy.ts';

export const toPayloadModule = lazy(() => import('../../lib/jira/fields/to-payload.ts'));
