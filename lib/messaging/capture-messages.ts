// The capture window's messages. It asks the worker for its capture instead of reading
// storage.local itself: that area also holds refresh tokens and client secrets, and a page that
// needs one record should not be the kind of code that reads the area wholesale.
import * as z from 'zod/mini';
import { captureIdSchema, captureRecordSchema } from '../capture/capture-record.ts';
import { templateSchema } from '../capture/template.ts';

export const captureMessages = {
  /** The capture with this id (null when it is unknown or expired, capture-lifetime.ts) and the
   *  templates, the default first. */
  'capture.get': {
    request: z.object({ id: captureIdSchema }),
    reply: z.object({ capture: z.nullable(captureRecordSchema), templates: z.array(templateSchema) }),
  },
  /** Opens the capture window on this capture again (the popup's Open tab lists captures with
   *  unsaved text): the worker opens it as the context menu does, the same small window in every
   *  browser, which a popup about to close could not promise with window.open. */
  'capture.open': { request: z.object({ id: captureIdSchema }), reply: z.object({}) },
  /** The issue was created: the capture is forgotten. */
  'capture.done': { request: z.object({ id: captureIdSchema }), reply: z.object({}) },
} as const;
