// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp.tsx';
import { CodedError } from '../../../lib/errors.ts';
import type { Session } from '../../../lib/messaging/views.ts';
import { fakeWorker } from '../fake-worker.ts';
import { acme, deferred, globex, session } from './fixtures.ts';

const who = () => document.querySelector('.who')?.textContent;

describe('popup: first paint from the last session', () => {
  afterEach(cleanup);

  it('shows the last session at once, then the fresh one', async () => {
    const fresh = deferred<Session>();
    const worker = fakeWorker({
      'session.cached': async () => session({ site: acme }),
      'session.get': () => fresh.promise,
    });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await waitFor(() => expect(who()).toBe('Alana Grant on Acme'));
    fresh.resolve(session({ site: globex }));
    await waitFor(() => expect(who()).toBe('Alana Grant on Globex'));
  });

  it('drops the cached view when the fresh answer says the sign-in ended', async () => {
    const fresh = deferred<Session>();
    const worker = fakeWorker({
      'session.cached': async () => session(),
      'session.get': () => fresh.promise,
    });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await waitFor(() => expect(who()).toBe('Alana Grant on Acme'));
    fresh.reject(new CodedError('reconnect_needed', 'Atlassian no longer accepts the sign-in of profile “Work”.'));
    await screen.findByRole('heading', { name: 'Reconnect to Jira' });
  });

  it('never lets a late cached view replace the fresh one', async () => {
    const cached = deferred<Session | null>();
    const worker = fakeWorker({
      'session.cached': () => cached.promise,
      'session.get': async () => session({ site: globex }),
    });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await waitFor(() => expect(who()).toBe('Alana Grant on Globex'));
    cached.resolve(session({ site: acme }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(who()).toBe('Alana Grant on Globex');
  });
});
