// The capture window's requests: its capture record and the templates to fill with it; and the
// popup's, to open a capture window again.
import { readCapture } from '../capture/capture-lifetime.ts';
import { removeCapture } from '../capture/capture-record.ts';
import type { Handlers } from '../messaging/server.ts';
import { readTemplates } from '../storage/templates.ts';
import { captureWindowPath } from './capture-click.ts';
import type { WorkerDeps } from './deps.ts';

type CaptureHandlers = Pick<Handlers, 'capture.get' | 'capture.done' | 'capture.open'>;

export function createCaptureHandlers(deps: Pick<WorkerDeps, 'local' | 'sync' | 'now' | 'openWindow' | 'pageUrl'>): CaptureHandlers {
  return {
    'capture.get': async ({ id }) => ({
      capture: await readCapture(deps.local, id, deps.now()),
      templates: await readTemplates(deps.sync),
    }),
    // An unknown or expired id opens the window all the same: it says the capture is gone.
    'capture.open': async ({ id }) => {
      await deps.openWindow(deps.pageUrl(captureWindowPath(id)));
      return {};
    },
    'capture.done': async ({ id }) => {
      await removeCapture(deps.local, id);
      return {};
    },
  };
}
