import { describe, expect, it } from 'vitest';
import { validateProfileForm } from '../../../lib/auth/profile-form.ts';
import { testProfile } from './helpers.ts';

const form = (overrides: Record<string, unknown> = {}) => ({
  id: 'p1',
  name: 'Work',
  clientId: 'client-1',
  clientSecret: 'secret-1',
  ...overrides,
});

function errorsOf(input: unknown, options = {}) {
  const result = validateProfileForm(input, options);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

function okOf(input: unknown, options = {}) {
  const result = validateProfileForm(input, options);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result;
}

describe('profile form', () => {
  it('takes Atlassian’s defaults for blank endpoints, scopes and audience, and returns the secret apart', () => {
    const result = okOf(form({ tokenUrl: '  ', scopes: '' }));
    expect(result.profile).toEqual(testProfile({ id: 'p1' }));
    expect(result.secret).toBe('secret-1');
    expect(result.warnings).toEqual([]);
    expect(result.needsHostPermission).toEqual([]);
    expect(result.profile).not.toHaveProperty('clientSecret');
  });

  it.each([
    ['name', { name: '  ' }, 'Give the profile a name.'],
    ['clientId', { clientId: '' }, 'Enter the client ID of your Atlassian app (developer console → your app → Settings).'],
    ['clientSecret', { clientSecret: undefined }, 'Enter the client secret of your Atlassian app (developer console → your app → Settings).'],
  ])('requires %s', (field, overrides, message) => {
    expect(errorsOf(form(overrides))).toEqual({ [field]: { code: 'field_required', message } });
  });

  it('keeps the stored secret when the secret field is left empty', () => {
    const result = okOf(form({ clientSecret: '' }), { secretStored: true });
    expect(result).not.toHaveProperty('secret');
  });

  describe('a changed token endpoint', () => {
    const existing = testProfile({ id: 'p1' });
    const keep = { existing, secretStored: true };

    it.each([
      ['tokenUrl', 'Enter the client secret again: the token URL changed.'],
      ['refreshUrl', 'Enter the client secret again: the refresh URL changed.'],
    ])('asks for the secret again when %s changes', (field, message) => {
      const errors = errorsOf(form({ clientSecret: '', [field]: 'https://broker.example.com/oauth/token' }), keep);
      expect(errors).toEqual({ clientSecret: { code: 'field_required', message } });
    });

    it('saves with a new secret and says the old tokens must go', () => {
      const result = okOf(form({ clientSecret: 'new-secret', tokenUrl: 'https://broker.example.com/oauth/token' }), keep);
      expect(result.secret).toBe('new-secret');
      expect(result.endpointChanged).toBe(true);
    });

    it('keeps secret and tokens when the endpoints stay, however they are typed', () => {
      const same = okOf(form({ clientSecret: '', tokenUrl: ' https://auth.atlassian.com/oauth/token ', refreshUrl: '' }), keep);
      expect(same).not.toHaveProperty('secret');
      expect(same.endpointChanged).toBe(false);
      expect(okOf(form({ clientSecret: 'rotated' }), keep).endpointChanged).toBe(false);
    });
  });

  it.each([
    ['tokenUrl', 'http://auth.example.com/oauth/token', 'https_required'],
    ['refreshUrl', 'ftp://auth.example.com/', 'https_required'],
    ['authorizationUrl', 'javascript:alert(1)', 'https_required'],
    ['tokenUrl', 'auth.example.com/oauth/token', 'invalid_url'],
    ['tokenUrl', 'https://', 'invalid_url'],
    ['tokenUrl', 'https://auth.atlassian.com@evil.example/oauth/token', 'invalid_url'],
    ['authorizationUrl', 'https://auth.atlassian.com/authorize#x', 'invalid_url'],
  ])('refuses %s %s as %s, with a message saying what to do', (field, url, code) => {
    const error = errorsOf(form({ [field]: url }))[field as 'tokenUrl'];
    expect(error?.code).toBe(code);
    expect(error?.message).toBe(
      code === 'https_required'
        ? 'Use an https:// address. Plain http:// is allowed only for 127.0.0.1, [::1] and localhost.'
        : 'Enter a full address such as https://auth.atlassian.com/oauth/token, without user name, password or #fragment.',
    );
  });

  it('reports every bad field at once', () => {
    expect(Object.keys(errorsOf(form({ name: '', tokenUrl: 'http://x.example/' })))).toEqual(['name', 'tokenUrl']);
  });

  it.each(['http://127.0.0.1:8443/oauth/token', 'http://[::1]:8443/oauth/token', 'http://localhost/oauth/token'])(
    'allows plain http on loopback: %s',
    (tokenUrl) => {
      const result = okOf(form({ tokenUrl }));
      expect(result.profile.tokenUrl).toBe(tokenUrl);
      expect(result.needsHostPermission).toEqual([`http://${new URL(tokenUrl).hostname}/*`]);
    },
  );

  it('splits scopes on whitespace and commas, dropping repeats', () => {
    const result = okOf(form({ scopes: ' read:jira-work,write:jira-work\n offline_access, read:jira-work ' }));
    expect(result.profile.scopes).toEqual(['read:jira-work', 'write:jira-work', 'offline_access']);
    expect(okOf(form({ scopes: ['read:jira-work offline_access'] })).profile.scopes).toEqual(['read:jira-work', 'offline_access']);
  });

  it('refuses a scope with characters no scope can have', () => {
    expect(errorsOf(form({ scopes: 'read:jira-work "quoted"' })).scopes?.code).toBe('invalid_scope');
  });

  it('warns, without refusing, when offline_access is missing', () => {
    const result = okOf(form({ scopes: 'read:jira-work write:jira-work' }));
    expect(result.warnings).toEqual([
      {
        code: 'no_offline_access',
        field: 'scopes',
        message: 'Without offline_access you will be asked to sign in again every hour.',
      },
    ]);
  });

  it('asks for host permission for token endpoints outside Atlassian, once per origin', () => {
    const result = okOf(
      form({
        authorizationUrl: 'https://login.example.com/authorize',
        tokenUrl: 'https://broker.example.com:8443/oauth/token',
        refreshUrl: 'https://broker.example.com/oauth/refresh',
      }),
    );
    expect(result.needsHostPermission).toEqual(['https://broker.example.com/*']);
  });

  it('strips whitespace pasted into the client ID', () => {
    expect(okOf(form({ clientId: ' abc\n' })).profile.clientId).toBe('abc');
  });

  it('keeps an admin’s locked values and the existing id and kind', () => {
    const existing = testProfile({ id: 'corp', kind: 'managed', clientId: 'corp-client', locked: ['clientId', 'tokenUrl', 'clientSecret'] });
    const result = okOf(form({ id: 'other', clientId: ' corp-client', name: 'Mine', clientSecret: '' }), { existing });
    expect(result.profile).toMatchObject({ id: 'corp', kind: 'managed', clientId: 'corp-client', name: 'Mine' });
    expect(result.profile.tokenUrl).toBe('https://auth.atlassian.com/oauth/token');
    expect(result).not.toHaveProperty('secret');
  });

  it('refuses a locked field sent with another value, whatever that value is', () => {
    const existing = testProfile({ id: 'corp', kind: 'managed', clientId: 'corp-client', locked: ['clientId', 'tokenUrl', 'clientSecret'] });
    const errors = errorsOf(form({ clientId: 'mine', tokenUrl: 'http://evil.example/', clientSecret: 'x' }), { existing });
    const locked = { code: 'field_locked', message: 'Your organization set this field; it cannot be changed here.' };
    expect(errors).toEqual({ clientId: locked, tokenUrl: locked, clientSecret: locked });
  });

  it.each([
    ['not an object', 'name=Work'],
    ['a field of the wrong type', form({ name: 42 })],
  ])('refuses %s as bad_message', (_name, input) => {
    expect(errorsOf(input).form?.code).toBe('bad_message');
  });

  it('refuses a profile id that cannot be part of a storage key', () => {
    expect(errorsOf(form({ id: '../x' })).id?.code).toBe('bad_message');
  });
});
