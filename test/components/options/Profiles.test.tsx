// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CodedError } from '../../../lib/errors.ts';
import { PROFILE_FIELDS } from '../../../lib/messaging/profile-views.ts';
import { authState, profile, renderOptions } from './fixtures.tsx';

const input = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;

describe('options: sign-in profiles', () => {
  afterEach(cleanup);

  it('says it is loading, and offers a retry when the state cannot be read', async () => {
    let calls = 0;
    renderOptions({
      'auth.state': () => {
        calls += 1;
        if (calls === 1) throw new CodedError('no_answer', 'The extension did not answer. Close and reopen this window.');
        return authState();
      },
    });
    expect(screen.getByRole('status').textContent).toBe('Loading your sign-in profiles…');
    expect((await screen.findByRole('alert')).textContent).toContain('The extension did not answer.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('radiogroup', { name: 'Sign-in profile' });
  });

  it('opens the new-profile form with the callback URL on a first visit', async () => {
    renderOptions({ 'auth.state': () => authState() });
    await screen.findByRole('heading', { name: 'New profile' });
    expect(input('Callback URL').value).toBe('https://kgcfpfaikodlimniaiobimlmldeochnc.chromiumapp.org/');
    expect(input('Profile name').value).toBe('');
  });

  it('names each profile with its state and selects the one chosen', async () => {
    const a = profile({ id: 'a', name: 'Alpha' });
    const b = profile({ id: 'b', name: 'Beta' });
    const c = profile({ id: 'c', name: 'Gamma' });
    const connections = { a: { status: 'connected' as const }, c: { status: 'reconnect_needed' as const } };
    const state = authState({ profiles: [a, b, c], selectedProfileId: 'a', connections });
    const { calls } = renderOptions({
      'auth.state': () => state,
      'profiles.select': ({ profileId }) => ({ ...state, selectedProfileId: profileId }),
      'session.get': () => {
        throw new CodedError('not_connected', 'Not connected');
      },
    });
    await screen.findByRole('radiogroup', { name: 'Sign-in profile' });
    expect(radio('Alpha — Connected').checked).toBe(true);
    expect(radio('Gamma — Reconnect needed').checked).toBe(false);
    fireEvent.click(radio('Beta — Not connected'));
    await waitFor(() => expect(radio('Beta — Not connected').checked).toBe(true));
    expect(calls('profiles.select')).toEqual([{ profileId: 'b' }]);
  });

  it('offers the built-in app disabled, with the reason, when this build has none', async () => {
    renderOptions({
      'auth.state': () => authState({ system: { available: false, reason: 'no_app' } }),
    });
    const builtIn = (await screen.findByRole('radio', { name: /^Built-in app/ })) as HTMLInputElement;
    expect(builtIn.disabled).toBe(true);
    const reason = document.getElementById(builtIn.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe('This build has no built-in app. Use your own OAuth app below.');
  });

  it('selects the built-in app when it is available', async () => {
    const system = profile({ id: 'system', kind: 'system', name: 'Quick Actions for Jira' });
    const state = authState({ profiles: [system], system: { available: true } });
    const { calls } = renderOptions({
      'auth.state': () => state,
      'profiles.select': () => ({ ...state, selectedProfileId: 'system' }),
    });
    fireEvent.click(await screen.findByRole('radio', { name: 'Built-in app — Not connected' }));
    await screen.findByRole('button', { name: 'Connect now' });
    expect(calls('profiles.select')).toEqual([{ profileId: 'system' }]);
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
  });

  it('selects a profile just created when the worker did not', async () => {
    const old = profile({ id: 'old', name: 'Old' });
    const created = profile({ id: 'new1', name: 'Fresh' });
    const after = authState({ profiles: [old, created], selectedProfileId: 'old' });
    const { calls } = renderOptions({
      'auth.state': () => authState({ profiles: [old], selectedProfileId: 'old' }),
      'profiles.save': () => ({ ok: true, profileId: 'new1', warnings: [], state: after }),
      'profiles.select': ({ profileId }) => ({ ...after, selectedProfileId: profileId }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'New profile' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(radio('Fresh — Not connected').checked).toBe(true));
    expect(calls('profiles.select')).toEqual([{ profileId: 'new1' }]);
  });

  it('asks before deleting, naming the profile', async () => {
    const a = profile({ id: 'a', name: 'Alpha' });
    const { calls } = renderOptions({
      'auth.state': () => authState({ profiles: [a], selectedProfileId: 'a' }),
      'profiles.delete': () => authState(),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('group', { name: /Delete the profile “Alpha”\?/ });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Keep profile'));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep profile' }));
    expect(screen.queryByRole('group', { name: /Delete the profile/ })).toBeNull();
    expect(calls('profiles.delete')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await screen.findByText('Profile “Alpha” deleted.');
    expect(calls('profiles.delete')).toEqual([{ profileId: 'a' }]);
    expect(screen.queryByRole('radio', { name: /Alpha/ })).toBeNull();
  });

  it('says when an organization manages sign-in, and shows a fully locked managed profile read-only', async () => {
    const managed = profile({ id: 'm', kind: 'managed', name: 'Corp app', locked: [...PROFILE_FIELDS] });
    renderOptions({ 'auth.state': () => authState({ managed: true, profiles: [managed], selectedProfileId: 'm' }) });
    expect((await screen.findByRole('note')).textContent).toContain('Managed by your organization');
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    for (const name of ['Profile name', 'Client ID', 'Authorization URL', 'Token URL', 'Scopes', 'Audience']) {
      expect(input(name).readOnly).toBe(true);
    }
    expect(input('Client ID').value).toBe('client-1');
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('keeps locked fields read-only while editing, with the reason', async () => {
    const locked = profile({ locked: ['tokenUrl', 'refreshUrl'] });
    renderOptions({ 'auth.state': () => authState({ managed: true, profiles: [locked], selectedProfileId: 'p1' }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    expect(input('Token URL').readOnly).toBe(true);
    expect(input('Refresh token URL').readOnly).toBe(true);
    expect(input('Client ID').readOnly).toBe(false);
    const hint = document.getElementById('profile-tokenUrl-hint');
    expect(hint?.textContent).toContain('Locked by your organization');
    expect(input('Token URL').getAttribute('aria-describedby')).toContain('profile-tokenUrl-hint');
  });
});
