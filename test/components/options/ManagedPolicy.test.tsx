// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthState } from '../../../lib/messaging/views.ts';
import { authState, profile, renderOptions } from './fixtures.tsx';

const input = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.input(input(name), { target: { value } });
const ONLY = 'Your organization allows only its own sign-in profile, so you cannot add one of your own.';

const corp = (overrides: Parameters<typeof profile>[0] = {}) =>
  profile({ id: 'managed', kind: 'managed', name: 'Corp app', locked: ['clientId', 'clientSecret', 'tokenUrl', 'refreshUrl'], ...overrides });
const managedState = (overrides: Partial<AuthState> = {}) =>
  authState({ managed: true, policy: { allowUserProfiles: true }, profiles: [corp()], selectedProfileId: 'managed', ...overrides });

describe('options: the organization’s profile', () => {
  afterEach(cleanup);

  it('lets the user change the fields the policy did not lock, and sends them to be kept', async () => {
    const renamed = managedState({ profiles: [corp({ name: 'My corp app' })] });
    const { calls } = renderOptions({
      'auth.state': () => managedState(),
      'profiles.save': () => ({ ok: true, profileId: 'managed', warnings: [], state: renamed }),
    });
    expect(await screen.findByText(/Choose Edit to change the fields it did not lock/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));

    screen.getByRole('form', { name: 'Edit “Corp app”' });
    for (const locked of ['Client ID', 'Client secret', 'Token URL', 'Refresh token URL']) {
      expect(input(locked).readOnly).toBe(true);
    }
    expect(document.getElementById('profile-clientId-hint')?.textContent).toContain('Locked by your organization');
    await waitFor(() => expect(document.activeElement).toBe(input('Profile name')));
    type('Profile name', 'My corp app');
    type('Scopes', 'read:jira-work offline_access');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Profile “My corp app” saved.');
    expect(calls('profiles.save')).toEqual([
      {
        form: {
          id: 'managed',
          name: 'My corp app',
          clientId: 'client-1',
          clientSecret: '',
          authorizationUrl: 'https://auth.atlassian.com/authorize',
          tokenUrl: 'https://auth.atlassian.com/oauth/token',
          refreshUrl: 'https://auth.atlassian.com/oauth/token',
          scopes: 'read:jira-work offline_access',
          audience: 'api.atlassian.com',
        },
      },
    ]);
    expect(screen.getByRole('radio', { name: 'My corp app — Not connected (set by your organization)' })).toBeTruthy();
  });

  it('asks for the client secret when the policy leaves it to the user', async () => {
    const noSecret = corp({ locked: ['clientId'], hasSecret: false });
    const { calls } = renderOptions({
      'auth.state': () => managedState({ profiles: [noSecret] }),
      'profiles.save': () => ({ ok: true, profileId: 'managed', warnings: [], state: managedState({ profiles: [{ ...noSecret, hasSecret: true }] }) }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    expect(input('Client secret').readOnly).toBe(false);
    type('Client secret', 'entered-secret');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Profile “Corp app” saved.');
    expect(calls('profiles.save')).toMatchObject([{ form: { id: 'managed', clientSecret: 'entered-secret' } }]);
  });

  it('shows the worker’s refusal of a locked field next to that field', async () => {
    renderOptions({
      'auth.state': () => managedState(),
      'profiles.save': () => ({
        ok: false,
        errors: { tokenUrl: { code: 'field_locked', message: 'Your organization set this field; it cannot be changed here.' } },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(input('Token URL').getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('profile-tokenUrl-error')?.textContent).toBe(
      'Your organization set this field; it cannot be changed here.',
    );
  });

  it('says what went wrong with the policy', async () => {
    renderOptions({
      'auth.state': () =>
        authState({ managed: true, policy: { allowUserProfiles: true, problem: 'invalid_profile' } }),
    });
    expect((await screen.findByRole('note')).textContent).toContain('The sign-in profile your organization set up is not valid.');
  });
});

describe('options: an organization that allows only its own profile', () => {
  afterEach(cleanup);
  const onlyManaged = (overrides: Partial<AuthState> = {}) =>
    managedState({ policy: { allowUserProfiles: false }, ...overrides });

  it('offers no New profile and says why, nor the built-in app', async () => {
    renderOptions({ 'auth.state': () => onlyManaged() });
    expect(await screen.findByText(ONLY)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New profile' })).toBeNull();
    expect(screen.queryByRole('radio', { name: /Built-in app/ })).toBeNull();
    expect((screen.getByRole('radio', { name: /^Corp app/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('does not open the new-profile form when its profile cannot be used', async () => {
    renderOptions({ 'auth.state': () => onlyManaged({ profiles: [], selectedProfileId: null }) });
    expect(await screen.findByText(ONLY)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'New profile' })).toBeNull();
    expect(screen.queryByText(/No custom profile yet/)).toBeNull();
  });
});
