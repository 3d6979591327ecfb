// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp.tsx';
import { CodedError } from '../../../lib/errors.ts';
import type { Session } from '../../../lib/messaging/views.ts';
import { fakeWorker } from '../fake-worker.ts';
import { authState, deferred, globex, session } from './fixtures.ts';

const who = () => document.querySelector('.who')?.textContent;
const notConnected = async () => {
  throw new CodedError('not_connected', 'Not connected to Atlassian.');
};
const reconnectNeeded = async (): Promise<Session> => {
  const reason = 'Atlassian no longer accepts the sign-in of “Work”. Reconnect to continue.';
  throw new CodedError('reconnect_needed', reason);
};

describe('popup: connecting', () => {
  afterEach(cleanup);

  it('connects the selected profile, says it waits for Atlassian, then shows the session', async () => {
    const reply = deferred<Session>();
    const openSettings = vi.fn();
    const worker = fakeWorker({
      'session.get': notConnected,
      'auth.state': async () => authState('p1'),
      'auth.connect': () => reply.promise,
    });
    render(<PopupApp request={worker.request} openSettings={openSettings} />);
    await screen.findByRole('heading', { name: 'Not connected to Jira' });
    const button = screen.getByRole('button', { name: 'Connect to Jira' }) as HTMLButtonElement;
    fireEvent.click(button);
    await screen.findByText('Waiting for Atlassian…');
    expect(button.disabled).toBe(true);
    expect(worker.calls('auth.connect')).toEqual([{ profileId: 'p1' }]);
    reply.resolve(session());
    await waitFor(() => expect(who()).toBe('Alana Grant on Acme'));
    expect(screen.queryByRole('heading', { name: 'Not connected to Jira' })).toBeNull();
    expect(openSettings).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Jira site' }));
  });

  it('opens the settings when there is no profile to connect with', async () => {
    const openSettings = vi.fn();
    const worker = fakeWorker({ 'session.get': notConnected, 'auth.state': async () => authState(null) });
    render(<PopupApp request={worker.request} openSettings={openSettings} />);
    await screen.findByRole('heading', { name: 'Not connected to Jira' });
    fireEvent.click(screen.getByRole('button', { name: 'Connect to Jira' }));
    await waitFor(() => expect(openSettings).toHaveBeenCalledOnce());
    expect(worker.calls('auth.connect')).toEqual([]);
    const button = screen.getByRole('button', { name: 'Connect to Jira' }) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(false));
  });

  it('shows why a reconnect is needed, and Reconnect returns to the session', async () => {
    const worker = fakeWorker({
      'session.get': reconnectNeeded,
      'auth.state': async () => authState('p1'),
      'auth.connect': async () => session({ site: globex }),
    });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    await screen.findByRole('heading', { name: 'Reconnect to Jira' });
    // The worker's English sentence stays in the worker: the page says the code in the user's language.
    screen.getByText('Atlassian no longer accepts the sign-in of this profile (it was revoked or expired). Reconnect to continue.');
    fireEvent.click(screen.getByRole('button', { name: 'Reconnect' }));
    await waitFor(() => expect(who()).toBe('Alana Grant on Globex'));
    expect(worker.calls('auth.connect')).toEqual([{ profileId: 'p1' }]);
  });

  it('says the user declined access and offers to try again', async () => {
    let attempts = 0;
    const worker = fakeWorker({
      'session.get': notConnected,
      'auth.state': async () => authState('p1'),
      'auth.connect': async () => {
        attempts += 1;
        if (attempts === 1) throw new CodedError('access_denied', 'The user denied access.');
        return session();
      },
    });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Connect to Jira' }));
    await screen.findByText('You declined access to your Atlassian account.');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(who()).toBe('Alana Grant on Acme'));
    expect(worker.calls('auth.connect')).toHaveLength(2);
  });

  it('goes quietly back to "Not connected" when the Atlassian window is closed', async () => {
    const worker = fakeWorker({
      'session.get': notConnected,
      'auth.state': async () => authState('p1'),
      'auth.connect': async () => {
        throw new CodedError('user_cancelled', 'The sign-in window was closed.');
      },
    });
    render(<PopupApp request={worker.request} openSettings={() => {}} />);
    const button = (await screen.findByRole('button', { name: 'Connect to Jira' })) as HTMLButtonElement;
    fireEvent.click(button);
    await waitFor(() => expect(worker.calls('auth.connect')).toHaveLength(1));
    await waitFor(() => expect(button.disabled).toBe(false));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('Waiting for Atlassian…')).toBeNull();
    screen.getByRole('heading', { name: 'Not connected to Jira' });
    expect(document.activeElement).toBe(button);
  });

  it('shows other connect failures in an alert whose Try again connects again', async () => {
    let attempts = 0;
    const openSettings = vi.fn();
    const worker = fakeWorker({
      'session.get': notConnected,
      'auth.state': async () => authState('p1'),
      'auth.connect': async () => {
        attempts += 1;
        const refused = 'Atlassian refused the client ID or secret of “Work”.';
        if (attempts === 1) throw new CodedError('client_auth_failed', refused);
        return session();
      },
    });
    render(<PopupApp request={worker.request} openSettings={openSettings} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Connect to Jira' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The client ID or secret of this profile is wrong');
    // The fix may be in the profile's settings, so they are one step away.
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(openSettings).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(who()).toBe('Alana Grant on Acme'));
    expect(worker.calls('auth.state')).toHaveLength(2);
    expect(worker.calls('auth.connect')).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
