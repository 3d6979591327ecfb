// The capture window's requests: its capture record and the templates to fill with it.
import { readCapture, removeCapture } from '../capture/capture-record.ts';
import type { Handlers } from '../messaging/server.ts';
import { readTemplates } from '../storage/templates.ts';
import type { WorkerDeps } from './deps.ts';

type CaptureHandlers = Pick<Handlers, 'capture.get' | 'capture.done'>;

export function createCaptureHandlers(deps: Pick<WorkerDeps, 'local' | 'sync' | 'now'>): CaptureHandlers {
  return {
    'capture.get': async ({ id }) => ({
      capture: await readCapture(deps.local, id, deps.now()),
      templates: await readTemplates(deps.sync),
    }),
    'capture.done': async ({ id }) => {
      await removeCapture(deps.local, id);
      return {};
    },
  };
}
