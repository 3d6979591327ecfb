// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActivityList } from '../../../components/activity/ActivityList.tsx';
import type { ActivityEntry } from '../../../lib/watch/activity.ts';
import { fakeWorker } from '../fake-worker.ts';
import { acme, globex, session } from '../popup/fixtures.ts';

const entry = (n: number, overrides: Partial<ActivityEntry> = {}): ActivityEntry => ({
  id: `e${n}`, kind: 'updated', siteId: acme.id, key: `WEB-${n}`, projectKey: 'WEB', title: `Summary ${n}`, by: 'Bruno Okafor', at: n * 60_000, seen: false, ...overrides,
});

describe('popup: Activity', () => {
  afterEach(cleanup);

  it('lists what the watches found as the worker keeps it, marks it seen, and opens an issue of this site', async () => {
    const worker = fakeWorker({
      'activity.list': async () => ({
        entries: [entry(3, { kind: 'commented' }), entry(2, { siteId: globex.id, key: 'GLX-2' }), entry(1, { seen: true, kind: 'projectCreated', key: 'NEW', title: 'Newcomers' })],
      }),
      'activity.seen': async () => ({}),
    });
    const onOpen = vi.fn();
    render(<ActivityList request={worker.request} session={session()} onOpen={onOpen} />);
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('New comment on WEB-3new'),
      expect.stringContaining('GLX-2 updatednew'),
      expect.stringContaining('New project NEWNewcomers'),
    ]);
    expect(items[0]!.textContent).toContain('by Bruno Okafor');
    await waitFor(() => expect(worker.calls('activity.seen')).toHaveLength(1));
    // Only an issue of the popup's site opens in the popup; another site's and a project do not.
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['New comment on WEB-3']);
    fireEvent.click(screen.getByRole('button', { name: 'New comment on WEB-3' }));
    expect(onOpen).toHaveBeenCalledWith('WEB-3');
  });

  it('says how to get activity when there is none', async () => {
    const worker = fakeWorker({ 'activity.list': async () => ({ entries: [] }), 'activity.seen': async () => ({}) });
    render(<ActivityList request={worker.request} session={session()} onOpen={() => {}} />);
    expect(await screen.findByText(/Add watches on the options page/)).toBeTruthy();
  });
});
