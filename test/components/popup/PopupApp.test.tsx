// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp.tsx';
import { CodedError } from '../../../lib/errors.ts';
import { fakeWorker } from '../fake-worker.ts';
import { deferred, session } from './fixtures.ts';

describe('popup: opening', () => {
  afterEach(cleanup);

  it('says it is checking while the session is asked for', async () => {
    const reply = deferred<ReturnType<typeof session>>();
    const worker = fakeWorker({ 'session.get': () => reply.promise });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Quick Actions for Jira' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Checking your Jira connection…');
    reply.resolve(session());
    await screen.findByRole('region', { name: 'Issue actions' });
    expect(screen.queryByText('Checking your Jira connection…')).toBeNull();
  });

  it('shows other failures in an alert, and Try again asks again', async () => {
    let calls = 0;
    const worker = fakeWorker({
      'session.get': async () => {
        calls += 1;
        if (calls === 1) throw new CodedError('network', 'Could not reach Atlassian.');
        return session();
      },
    });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Could not reach Atlassian.');
    expect(screen.queryByRole('button', { name: 'Open settings' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('region', { name: 'Issue actions' });
    expect(worker.calls('session.get')).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows rate limiting with its message, which says how long to wait', async () => {
    const worker = fakeWorker({
      'session.get': async () => {
        throw new CodedError('rate_limited', 'Jira asked us to slow down. Try again in 30 seconds.', {
          retryAfterMs: 30_000,
        });
      },
    });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Jira asked us to wait 30 s before trying again.');
  });

  it('turns a thrown non-coded error into a readable alert', async () => {
    const worker = fakeWorker({ 'session.get': () => Promise.reject(new Error('boom')) });
    render(<PopupApp request={worker.request} openSettings={vi.fn()} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong.');
  });
});
