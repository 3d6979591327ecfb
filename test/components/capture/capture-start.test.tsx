// @vitest-environment happy-dom
// The capture window's opening (entrypoints/capture/main.tsx): capture.get sent before the first
// render, and the popup's first frame shown as the session, confirmed with one popup.start.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CaptureApp } from '../../../components/capture/CaptureApp.tsx';
import { DEFAULT_TEMPLATE } from '../../../lib/capture/template.ts';
import type { FirstFrame } from '../../../lib/storage/first-frame.ts';
import { createWorker, STORY } from '../create/fixtures.ts';
import { session } from '../popup/fixtures.ts';

const ID = '0d9c3a56-7e1f-4f43-9d3a-2b7c1e5a9f00';
const CAPTURE = { id: ID, selection: 'Checkout button is grey', url: 'https://example.com/shop', title: 'Shop', createdAt: 1 };

describe('capture window: its opening', () => {
  afterEach(cleanup);

  it('takes the capture already asked for and the session from the first frame, without asking either again', async () => {
    const frame: FirstFrame = { session: session(), create: null };
    const worker = createWorker({
      'session.get': async () => session(),
      'capture.get': async () => ({ capture: CAPTURE, templates: [DEFAULT_TEMPLATE] }),
      'popup.start': async () => ({ frame, checked: true }),
      'create.lastUsed': async () => ({ projectKey: 'BIG', issueTypeId: STORY.id }),
    });
    const sent = Promise.resolve({ capture: CAPTURE, templates: [DEFAULT_TEMPLATE] });
    render(
      <CaptureApp
        request={worker.request}
        captureId={ID}
        openSettings={() => {}}
        closeWindow={() => {}}
        start={{ capture: sent, session: { frame, reply: null } }}
      />,
    );
    const captured = await screen.findByRole('region', { name: 'Captured' });
    expect(within(captured).getByText('Shop')).toBeTruthy();
    expect(((await screen.findByRole('textbox', { name: 'Summary' })) as HTMLInputElement).value).toBe('Checkout button is grey');
    expect(worker.calls('capture.get')).toEqual([]);
    expect(worker.calls('session.get')).toEqual([]);
    expect(worker.calls('popup.start')).toEqual([{}]);
  });
});
