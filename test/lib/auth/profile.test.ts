import { describe, expect, it } from 'vitest';
import { authProfileSchema, parseProfile } from '../../../lib/auth/profile.ts';

describe('auth profile', () => {
  it('fills in Atlassian’s endpoints, the recommended scopes and the audience', () => {
    expect(authProfileSchema.parse({ id: 'p1', kind: 'custom', name: 'Work', clientId: 'abc' })).toEqual({
      id: 'p1',
      kind: 'custom',
      name: 'Work',
      clientId: 'abc',
      authorizationUrl: 'https://auth.atlassian.com/authorize',
      tokenUrl: 'https://auth.atlassian.com/oauth/token',
      refreshUrl: 'https://auth.atlassian.com/oauth/token',
      scopes: ['read:jira-work', 'write:jira-work', 'read:jira-user', 'offline_access'],
      audience: 'api.atlassian.com',
    });
  });

  it('has no place for a client secret', () => {
    const profile = authProfileSchema.parse({ id: 'p1', kind: 'custom', name: 'W', clientId: 'a', clientSecret: 's' });
    expect(profile).not.toHaveProperty('clientSecret');
  });

  it.each([
    ['a plain-http token URL', { tokenUrl: 'http://auth.example.com/token' }],
    ['an id that cannot be a storage key part', { id: 'a.b/c' }],
    ['a kind it does not know', { kind: 'other' }],
    ['a locked field that does not exist', { locked: ['password'] }],
    ['no scopes at all', { scopes: [] }],
  ])('refuses %s', (_name, overrides) => {
    expect(parseProfile({ id: 'p1', kind: 'managed', name: 'W', clientId: 'a', ...overrides })).toBeUndefined();
  });

  it('accepts a loopback http endpoint and admin-locked fields', () => {
    const profile = parseProfile({
      id: 'corp',
      kind: 'managed',
      name: 'Corp',
      clientId: 'a',
      tokenUrl: 'http://127.0.0.1:8443/oauth/token',
      locked: ['clientId', 'tokenUrl'],
    });
    expect(profile?.tokenUrl).toBe('http://127.0.0.1:8443/oauth/token');
    expect(profile?.locked).toEqual(['clientId', 'tokenUrl']);
  });
});
