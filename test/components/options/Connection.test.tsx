// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CodedError } from '../../../lib/errors.ts';
import type { Session } from '../../../lib/messaging/views.ts';
import { authState, deferred, profile, renderOptions, session } from './fixtures.tsx';

const REASON = 'Atlassian no longer accepts the sign-in of “Team app”. Reconnect to continue.';
/** What the page says for it, in the page's language (English under test). */
const SAID = 'Atlassian no longer accepts the sign-in of this profile (it was revoked or expired). Reconnect to continue.';
const notConnected = () => authState({ profiles: [profile()], selectedProfileId: 'p1' });
const needsReconnect = () =>
  authState({
    profiles: [profile()],
    selectedProfileId: 'p1',
    connections: { p1: { status: 'reconnect_needed', reason: REASON } },
  });
const panel = () => screen.getByRole('region', { name: 'Connection' });

describe('options: connection panel', () => {
  afterEach(cleanup);

  it('connects: waiting for Atlassian with the button disabled, then connected', async () => {
    const connect = deferred<Session>();
    const { calls } = renderOptions({
      'auth.state': notConnected,
      'auth.connect': () => connect.promise,
      'session.get': () => session(),
    });
    expect((await screen.findByRole('region', { name: 'Connection' })).textContent).toContain('Not connected');
    const button = screen.getByRole('button', { name: 'Connect now' });
    fireEvent.click(button);
    expect(screen.getByText('Waiting for Atlassian…').getAttribute('role')).toBe('status');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(calls('auth.connect')).toEqual([{ profileId: 'p1' }]);

    connect.resolve(session());
    await screen.findByRole('button', { name: 'Sign out' });
    expect(panel().textContent).toContain('Connected');
    expect(screen.queryByText('Waiting for Atlassian…')).toBeNull();
    expect(screen.getByRole('radio', { name: 'Team app — Connected' })).toBeTruthy();
    // The account and site come with the connect: shown at once, not asked for again.
    expect(screen.getByText('Ada Lovelace')).toBeTruthy();
    expect(calls('session.get')).toEqual([]);
  });

  it('says when access was declined and offers to try again', async () => {
    let attempts = 0;
    const { calls } = renderOptions({
      'auth.state': notConnected,
      'auth.connect': () => {
        attempts += 1;
        if (attempts === 1) throw new CodedError('access_denied', 'access_denied: the user said no');
        return session();
      },
      'session.get': () => session(),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Connect now' }));
    expect((await screen.findByRole('alert')).textContent).toContain('You declined access to your Atlassian account.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('button', { name: 'Sign out' });
    expect(calls('auth.connect')).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('goes quietly back when the user closes the sign-in window', async () => {
    const connect = deferred<Session>();
    renderOptions({ 'auth.state': needsReconnect, 'auth.connect': () => connect.promise });
    fireEvent.click(await screen.findByRole('button', { name: 'Reconnect' }));
    await screen.findByText('Waiting for Atlassian…');
    connect.reject(new CodedError('user_cancelled', 'The sign-in window was closed.'));
    await waitFor(() => expect(screen.queryByText('Waiting for Atlassian…')).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(panel().textContent).toContain(SAID);
    expect(screen.getByRole('button', { name: 'Reconnect' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('shows the reconnect reason with a Reconnect button', async () => {
    const { calls } = renderOptions({
      'auth.state': needsReconnect,
      'auth.connect': () => {
        throw new CodedError('client_auth_failed', 'Atlassian did not accept the client ID or secret of “Team app”.');
      },
    });
    expect((await screen.findByRole('region', { name: 'Connection' })).textContent).toContain(SAID);
    expect(screen.getByRole('radio', { name: 'Team app — Reconnect needed' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reconnect' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The client ID or secret of this profile is wrong or missing. Check them in the options.',
    );
    expect(calls('auth.connect')).toEqual([{ profileId: 'p1' }]);
  });

  it('signs out and says what is kept', async () => {
    const connected = authState({
      profiles: [profile()],
      selectedProfileId: 'p1',
      connections: { p1: { status: 'connected' } },
    });
    const { calls } = renderOptions({
      'auth.state': () => connected,
      'session.get': () => session(),
      'auth.signOut': () => notConnected(),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    await screen.findByText('Signed out. Your settings and drafts are kept.');
    expect(screen.getByRole('button', { name: 'Connect now' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Account and site' })).toBeNull();
    expect(calls('auth.signOut')).toEqual([{ profileId: 'p1' }]);
  });

  it('asks for permission to reach a token endpoint elsewhere before connecting', async () => {
    const broker = profile({ kind: 'managed', tokenUrl: 'https://broker.corp.example/token' });
    const ensure = vi.fn(async (_urls: string[]) => false);
    const { calls } = renderOptions(
      { 'auth.state': () => authState({ managed: true, profiles: [broker], selectedProfileId: 'p1' }) },
      ensure,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Connect now' }));
    expect(ensure).toHaveBeenCalledWith(['https://broker.corp.example/token']);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Without permission to reach https://broker.corp.example, this profile cannot sign in.',
    );
    expect(calls('auth.connect')).toEqual([]);
  });
});
