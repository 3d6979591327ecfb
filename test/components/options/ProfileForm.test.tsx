// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authState, CALLBACK, deferred, profile, renderOptions } from './fixtures.tsx';

const input = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.input(input(name), { target: { value } });
const NO_OFFLINE = 'Without offline_access you will be asked to sign in again every hour.';

async function openNewForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'New profile' }));
  return screen.getByRole('form', { name: 'New profile' });
}

describe('options: the custom OAuth client form', () => {
  afterEach(cleanup);

  it('creates a profile from what was typed, with Atlassian defaults in the other fields', async () => {
    const created = profile({ id: 'new1', name: 'My app', clientId: 'abc123' });
    const { calls } = renderOptions({
      'auth.state': () => authState(),
      'profiles.save': () => ({
        ok: true,
        profileId: 'new1',
        warnings: [],
        state: authState({ profiles: [created], selectedProfileId: 'new1' }),
      }),
    });
    await openNewForm();
    await waitFor(() => expect(document.activeElement).toBe(input('Profile name')));
    expect(input('Client secret').type).toBe('password');
    expect(input('Callback URL').value).toBe(CALLBACK);
    expect(input('Callback URL').readOnly).toBe(true);
    type('Profile name', 'My app');
    type('Client ID', 'abc123');
    type('Client secret', 's3cret');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Profile “My app” saved.');
    expect(calls('profiles.save')).toEqual([
      {
        form: {
          name: 'My app',
          clientId: 'abc123',
          clientSecret: 's3cret',
          authorizationUrl: 'https://auth.atlassian.com/authorize',
          tokenUrl: 'https://auth.atlassian.com/oauth/token',
          refreshUrl: 'https://auth.atlassian.com/oauth/token',
          scopes: 'read:jira-work write:jira-work read:jira-user offline_access',
          audience: 'api.atlassian.com',
        },
      },
    ]);
    expect(screen.queryByRole('form')).toBeNull();
    expect((screen.getByRole('radio', { name: 'My app — Not connected' }) as HTMLInputElement).checked).toBe(true);
    expect(calls('profiles.select')).toEqual([]);
  });

  it('shows each error next to its field, focuses the first, and keeps what was typed', async () => {
    renderOptions({
      'auth.state': () => authState(),
      'profiles.save': () => ({
        ok: false,
        errors: {
          clientId: { code: 'field_required', message: 'Enter the client ID of your Atlassian app.' },
          tokenUrl: { code: 'https_required', message: 'Use an https:// address.' },
        },
      }),
    });
    await openNewForm();
    type('Profile name', 'My app');
    type('Client secret', 's3cret');
    type('Token URL', 'http://tokens.example.com/token');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(input('Client ID').getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (name: string) =>
      (input(name).getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' ');
    expect(describedBy('Client ID')).toContain('Enter the client ID of your Atlassian app (developer console');
    expect(describedBy('Token URL')).toContain('Use an https:// address.');
    expect(input('Profile name').getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(input('Client ID')));
    expect(input('Profile name').value).toBe('My app');
    expect(input('Client secret').value).toBe('s3cret');
    expect(input('Token URL').value).toBe('http://tokens.example.com/token');
  });

  it('keeps the form when saving fails outright', async () => {
    const { CodedError } = await import('../../../lib/errors.ts');
    renderOptions({
      'auth.state': () => authState(),
      'profiles.save': () => {
        throw new CodedError('no_answer', 'The extension did not answer. Close and reopen this window.');
      },
    });
    await openNewForm();
    type('Profile name', 'Kept');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The extension did not answer.');
    expect(input('Profile name').value).toBe('Kept');
  });

  it('shows the warning of a successful save', async () => {
    const saved = profile({ scopes: ['read:jira-work'] });
    renderOptions({
      'auth.state': () => authState({ profiles: [saved], selectedProfileId: 'p1' }),
      'profiles.save': () => ({
        ok: true,
        profileId: 'p1',
        warnings: [{ code: 'no_offline_access', field: 'scopes', message: NO_OFFLINE }],
        state: authState({ profiles: [saved], selectedProfileId: 'p1' }),
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    type('Scopes', 'read:jira-work');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const notice = await screen.findByText('Profile “Team app” saved.');
    expect(notice.closest('[role="status"]')?.textContent).toContain(NO_OFFLINE);
  });

  it('never shows a stored secret: the field is empty, and an empty field keeps it', async () => {
    const { calls } = renderOptions({
      'auth.state': () => authState({ profiles: [profile()], selectedProfileId: 'p1' }),
      'profiles.save': () => ({ ok: false, errors: {} }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    screen.getByRole('form', { name: 'Edit “Team app”' });
    expect(input('Client secret').value).toBe('');
    expect(input('Client ID').value).toBe('client-1');
    expect(screen.getByText('A secret is stored. Leave empty to keep it.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls('profiles.save')).toHaveLength(1));
    expect(calls('profiles.save')[0]).toMatchObject({ form: { id: 'p1', clientSecret: '' } });
  });

  it('does not offer to keep the stored secret once the token URL changes, and shows why it is needed', async () => {
    const again = 'Enter the client secret again: the token URL changed.';
    renderOptions({
      'auth.state': () => authState({ profiles: [profile()], selectedProfileId: 'p1' }),
      'profiles.save': () => ({ ok: false, errors: { clientSecret: { code: 'field_required', message: again } } }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    expect(screen.getByText('A secret is stored. Leave empty to keep it.')).toBeTruthy();
    type('Token URL', 'https://broker.example.com/oauth/token');
    expect(screen.queryByText('A secret is stored. Leave empty to keep it.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(document.activeElement).toBe(input('Client secret')));
    expect(input('Client secret').getAttribute('aria-invalid')).toBe('true');
    const described = (input('Client secret').getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain(again);
  });

  it('asks for permission to reach a token URL elsewhere, inside the click, and does not save without it', async () => {
    const answer = deferred<boolean>();
    const ensure = vi.fn((_urls: string[]) => answer.promise);
    const { calls } = renderOptions({ 'auth.state': () => authState() }, ensure);
    await openNewForm();
    type('Profile name', 'Broker');
    type('Token URL', 'https://broker.example.com/oauth/token');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // Synchronously: the browser prompts only while the click is being handled.
    expect(ensure).toHaveBeenCalledWith(['https://broker.example.com/oauth/token']);
    answer.resolve(false);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Without permission to reach https://broker.example.com, this profile cannot sign in.',
    );
    expect(calls('profiles.save')).toEqual([]);
    expect(input('Token URL').value).toBe('https://broker.example.com/oauth/token');
  });

  it('saves once permission is granted, and does not ask for Atlassian’s own endpoints', async () => {
    const ensure = vi.fn(async (_urls: string[]) => true);
    const { calls } = renderOptions(
      { 'auth.state': () => authState(), 'profiles.save': () => ({ ok: false, errors: {} }) },
      ensure,
    );
    await openNewForm();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls('profiles.save')).toHaveLength(1));
    expect(ensure).not.toHaveBeenCalled();

    type('Refresh token URL', 'https://refresh.example.org/token');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(ensure).toHaveBeenCalledWith(['https://refresh.example.org/token']);
    await waitFor(() => expect(calls('profiles.save')).toHaveLength(2));
  });

  it('cancel closes the form without saving', async () => {
    const { calls } = renderOptions({ 'auth.state': () => authState() });
    const form = await openNewForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(calls('profiles.save')).toEqual([]);
  });
});
