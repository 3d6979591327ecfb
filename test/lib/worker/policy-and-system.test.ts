import { describe, expect, it } from 'vitest';
import { MANAGED_PROFILE_ID, parseManagedPolicy } from '../../../lib/auth/managed-policy.ts';
import { PROFILE_FIELDS } from '../../../lib/auth/profile.ts';
import { systemApp } from '../../../lib/auth/system-profile.ts';

describe('organization policy', () => {
  it('is absent when the managed area is empty or missing', () => {
    expect(parseManagedPolicy(undefined)).toBeUndefined();
    expect(parseManagedPolicy({})).toBeUndefined();
  });

  it('builds a locked profile with Atlassian defaults and a default site', () => {
    const policy = parseManagedPolicy({
      profile: { name: 'Acme IT', clientId: 'abc', clientSecret: 's3cret', lockAll: true },
      defaultSiteUrl: 'https://acme.atlassian.net',
    });
    expect(policy?.profile).toMatchObject({
      id: MANAGED_PROFILE_ID,
      kind: 'managed',
      name: 'Acme IT',
      clientId: 'abc',
      tokenUrl: 'https://auth.atlassian.com/oauth/token',
      locked: [...PROFILE_FIELDS],
    });
    expect(policy?.secret).toBe('s3cret');
    expect(policy?.defaultSiteUrl).toBe('https://acme.atlassian.net');
  });

  it('locks only the fields it names', () => {
    const policy = parseManagedPolicy({ profile: { clientId: 'abc', lockedFields: ['clientId', 'tokenUrl'] } });
    expect(policy?.profile?.locked).toEqual(['clientId', 'tokenUrl']);
    expect(policy?.profile?.name).toBe('Organization profile');
  });

  it.each([
    ['a wrong type', { profile: { clientId: 42 } }],
    ['an http token URL', { profile: { clientId: 'abc', tokenUrl: 'http://tokens.example.com/' } }],
  ])('reports %s as a problem instead of crashing', (_name, raw) => {
    expect(parseManagedPolicy(raw)?.problem).toMatch(/^(unreadable|invalid_profile)$/);
    expect(parseManagedPolicy(raw)?.profile).toBeUndefined();
  });
});

describe('built-in app', () => {
  it('is unavailable, with the reason, in a build without one', () => {
    expect(systemApp({})).toEqual({ available: false, reason: 'no_app' });
  });

  it('never uses an embedded secret without the explicit opt-in', () => {
    const app = systemApp({ clientId: 'id', clientSecret: 'secret' });
    expect(app.available).toBe(false);
  });

  it('embeds the secret only with the opt-in', () => {
    const app = systemApp({ clientId: 'id', clientSecret: 'secret', embedSecret: 'true' });
    expect(app).toMatchObject({ available: true, secret: 'secret', profile: { kind: 'system', clientId: 'id' } });
  });

  it('sends token requests to a broker when one is configured', () => {
    const app = systemApp({ clientId: 'id', tokenBrokerUrl: 'https://broker.example.com/token' });
    expect(app).toMatchObject({
      available: true,
      profile: { tokenUrl: 'https://broker.example.com/token', refreshUrl: 'https://broker.example.com/token' },
    });
  });
});

describe('token requests through a broker', () => {
  it('leave the secret to the broker', async () => {
    const { codeExchangeRequest, refreshRequest } = await import('../../../lib/auth/token-request.ts');
    const app = systemApp({ clientId: 'id', tokenBrokerUrl: 'https://broker.example.com/token' });
    if (!app.available) throw new Error('expected a built-in app');
    expect(codeExchangeRequest(app.profile, app.secret, 'code', 'https://x.chromiumapp.org/').body).not.toHaveProperty('client_secret');
    expect(refreshRequest(app.profile, app.secret, 'rt').body).not.toHaveProperty('client_secret');
    expect(refreshRequest(app.profile, 'embedded', 'rt').body).toHaveProperty('client_secret', 'embedded');
  });
});
