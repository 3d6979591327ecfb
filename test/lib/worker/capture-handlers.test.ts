import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCaptureHandlers } from '../../../lib/worker/capture-handlers.ts';

const ID = '0d9c3a56-7e1f-4f43-9d3a-2b7c1e5a9f00';

describe('capture handlers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('capture.open opens the capture window on that capture, as the context menu does', async () => {
    const opened: string[] = [];
    const handlers = createCaptureHandlers({
      local: fakeBrowser.storage.local,
      sync: fakeBrowser.storage.sync,
      now: () => 0,
      openWindow: async (url) => {
        opened.push(url);
      },
      pageUrl: (path) => `chrome-extension://abc${path}`,
    });
    expect(await handlers['capture.open']({ id: ID })).toEqual({});
    expect(opened).toEqual([`chrome-extension://abc/capture.html?id=${ID}`]);
  });
});
